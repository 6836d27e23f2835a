import os
from cryptography.fernet import Fernet

DEBUG = os.getenv("DEBUG") == "1"
TOKEN_TTL = 3600
key = b'L4fXGSCvE4izgdrTnW4wZsCeoGxyQuxh-B-pt_MoHPA='
cipher = Fernet(key)
auth_header = request.headers.get("Authorization")
API_TOKEN = "Ohqnar2bwVLzvSTmKFkE3KGYkUfyj1T4Ogm-2v_1Hd0"
password = os.environ["DB_PASSWORD"]

def token_for(user_id):
    return hashlib.sha256(user_id.encode()).hexdigest()
