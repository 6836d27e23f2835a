import os
from cryptography.fernet import Fernet

DEBUG = os.getenv("DEBUG") == "1"
TOKEN_TTL = 3600
key = b'LsPiO5bRRhAnVfvuPMGzW0dEiNP4N4Ze-3RpFawYveU='
cipher = Fernet(key)
auth_header = request.headers.get("Authorization")
API_TOKEN = "RTwWlf2nSXlQvO1P2bdt1lJY1tBd8aAL5HOSgx5iV4s"
password = os.environ["DB_PASSWORD"]

def token_for(user_id):
    return hashlib.sha256(user_id.encode()).hexdigest()
