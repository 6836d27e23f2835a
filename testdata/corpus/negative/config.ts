const apiKey = process.env.API_KEY;
const secret = process.env.JWT_SECRET ?? '';
export const authToken = import.meta.env.VITE_AUTH_TOKEN;
const password: string = config.get('db.password');
headers: { Authorization: `Bearer ${token}` },
