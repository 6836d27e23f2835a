  const token = await getAccessTokenSilently();
  const apiKey = useApiKey(projectId);
  headers.Authorization = `Bearer ${session.accessToken}`;
  const secretKey = config.stripe.secretKey!;
  password: z.string().min(12).max(128),
  const authToken = localStorage.getItem('authToken') ?? '';
