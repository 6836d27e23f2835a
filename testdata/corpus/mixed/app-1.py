import os
from cryptography.fernet import Fernet

DEBUG = os.getenv("DEBUG") == "1"
TOKEN_TTL = 3600
key = b'KpvFnUzORVSn1hvaskcRNtzgguqFT_QCIT4HisErOL4='
cipher = Fernet(key)
auth_header = request.headers.get("Authorization")
API_TOKEN = "gKX6vIcrOLV04wZXuQP9pRIZG3HHAAlRFxtC8rpxANc"
password = os.environ["DB_PASSWORD"]

def token_for(user_id):
    return hashlib.sha256(user_id.encode()).hexdigest()
