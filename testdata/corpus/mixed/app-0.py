import os
from cryptography.fernet import Fernet

DEBUG = os.getenv("DEBUG") == "1"
TOKEN_TTL = 3600
key = b'bZWGjtl0gATpjk97VJDYGfw1RkePw68UqxuR_BxnjfU='
cipher = Fernet(key)
auth_header = request.headers.get("Authorization")
API_TOKEN = "1bbfc_n9qUZ_A0Z3VFNXdvDDkW9Uzq9mZaavSg0kJWE"
password = os.environ["DB_PASSWORD"]

def token_for(user_id):
    return hashlib.sha256(user_id.encode()).hexdigest()
