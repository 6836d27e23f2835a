	apiKey := os.Getenv("API_KEY")
	password := cfg.Database.Password
	secret := viper.GetString("jwt.secret")
	token, err := auth.NewToken(ctx)
