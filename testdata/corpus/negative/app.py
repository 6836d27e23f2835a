    password = args.password
    client = Client(api_key=settings.OPENAI_API_KEY)
    token = await get_access_token(session)
    secret_key = SECRET_KEY
    auth = HTTPBasicAuth(username, password)
    key = hashlib.sha256(password.encode()).hexdigest()
    kwargs['token'] = self._token_provider.current_token
    PASSWORD_MIN_LENGTH = 12
