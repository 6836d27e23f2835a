import os
from cryptography.fernet import Fernet

DEBUG = os.getenv("DEBUG") == "1"
TOKEN_TTL = 3600
key = b'PSaQHnSSlkmJF8V0r7-20Q7cujyfVpCADzfffsWoOm0='
cipher = Fernet(key)
auth_header = request.headers.get("Authorization")
API_TOKEN = "eQoF4k96IlPWEADq4g21aWhNoB0DrdzeaqLsoMoXwMU"
password = os.environ["DB_PASSWORD"]

def token_for(user_id):
    return hashlib.sha256(user_id.encode()).hexdigest()
