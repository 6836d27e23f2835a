key = b'x4jaHN_FaSC6LY6jtNsT04f5ZyCP3NKvmqDdBsXsu7c='
key = b"TfY9gxT4YTF_3jZ1wtRCy6gdSAveMGATcQ1uAxnLu08="
FERNET_KEY=zJHBOweZoGthr4UszlwTYprgxUd6srDyGn8y8E2EejA=
fernet_key: "5bGrkKPaDs-l8wMkaKzuuhq9v8Xh0nkHcOMewkeV1JQ="
f = Fernet(b'2U_TFiPf55Moko71w5dY94UXWaFXY9MgLbxTcPvxqyw=')
ENCRYPTION_KEY = "EHOcDK8nOHpCzkqsHatOd7Tlv0GFCsF3e3fT9MmIAP0="
cipher_suite = Fernet(key=b"RcX1Z5lmYkQ7x-ah2PKnZOH7Un8933MdVTJ-WZ3GfkY=")
key = b'oGf2nPNGjBRgqzVE-B7Wt-_RIk_weNWjePICjWVng2A='
key = b"P2kSa9wIXQWcjJ_hs1bPsfELRnogxfJ9sdJUQNkyOxY="
FERNET_KEY=of4jQVYMrmj0MJ_UK3iNxyTsB36F0xpVNE37svfOsv0=
fernet_key: "mpQCko4vL_McTGU7TDHAFBcrxIF9x3C0HgRTPJmbZdU="
f = Fernet(b'TwUeuQhporIZNSRfxOZu7JktzWHO6tc8wcvC4TBoNuE=')
