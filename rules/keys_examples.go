package rules

// Private keys for the examples of the private-key rules. Every one was
// generated for envguard's tests (openssl, ssh-keygen, gpg or a few lines of
// Go, with throwaway passphrases) and never protected anything.

const (
	// exampleRSAKey is an RSA key in PKCS#1 form (openssl genrsa -traditional).
	exampleRSAKey = `-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQDHk2n8ktWh9sXw1A7mwiIAni5mWbD/dbwcD4MMUteKnA9irJeR
QEG92onsgGuZPNpGwZLK7aGYsKr7C69Z9XtSQs6lV/E8QhAiD4+N143zGrKiDupm
ORqQmlUYxIyuHpQl0bSTb6Amf12kG3TwsD5wvRPGYcer9Eudcv3O7cQz/QIDAQAB
AoGAZVbnVIdCz1E9RYKIZohhN6saqIIWrEEeWalOw+004X9JGLPG6syUFVFpA5xa
Bp+tvowAe+aaTaw3xe4zBhzulvqYORKQqyQAprXGdB29IMf9id1T32ypE/gyDGVJ
CTD67lhcwmo2Zxf8MUK4KmVwdnjv4hpyphEHkZIE42YrJEECQQDyLVh6ED+ZHVj/
8NyjR+6aHNMP0VZxZKBow5xB1MWIaSNp9CI9OiD/WXdpnkZmHgF1lUn0EpqPtoj3
oeGRV0LlAkEA0veVvfDCZ7cdYskA1pjFvG63DMcU6i+STR+o21veWubnHeSD6eFT
mBW0W3vhxdnBEsu+hbP0yy0J0qcynl0jOQJAaf7G1sX9z/o0VfEJ4L0/BVzQU///
oam1O6VB4t5JhqbdxSYBRmMGxjxWM3f+v/sqEFjDAXyTAYuW7yt/GqnisQJAEhqd
Bwe6JxxXsTp+j+vcTCdUHgyXhuE+NNAatXhUxIg8HRyXFWL4wXxbVd5zqX7eSrah
Suf+gdEDnsgqV9y2QQJBAKaXKJvof8ODUpM2h04RQ9BDTH4KfKCuOaK39Ood2s7S
7e/e4PsIUyM/ZwQsuKb6CE4VHQTsTgNnu1O7FauzMIs=
-----END RSA PRIVATE KEY-----
`
	// exampleRSAEncryptedKey is a passphrase-protected PKCS#1 RSA key (legacy PEM encryption).
	exampleRSAEncryptedKey = `-----BEGIN RSA PRIVATE KEY-----
Proc-Type: 4,ENCRYPTED
DEK-Info: AES-128-CBC,AE0E75B694D347B47CCC629C967F87A4

NegeLs1xKMIUP9lEQUsOnKqfqhhcvx91aHACGNNPErN/pZK14IzEF4pF1dT7wg4M
2aNTIJA+9y5lQ8X5wA5wmYfh/4yrA9TOGXo8kN3xcJ/hborSzXCtNJ5fy14BbDp7
4Flqf/dZBzNNtTqkTwNE4SiLhsGQ8LQsLrJ7a8P6J+phCSCd2anbYpWzmcPt8v9b
aFUKDTsyg4D+FlU7Zf5h94gfxDvMab9PQBS7fCO6qf2MwYyCduDWuiiiSveSuFZb
/TMWYE1Ku4FwyJ5XZrSTUPnZMY9cyLnPEX+qEJdxsVqRSLw3fBiwohC1FiyhG5mH
EyWVH9Yf5YcYw7EN/PNRrZBrWr+KoRwz56l231oFTL95TypB/yU4BilhM/7KBy7v
luTCjrHNqJmjq4X+dLaad2Sd33kHWp4pU5ifpbznFhGxpSNN3QOl+l7CG8iuuUdB
00gj6nS4hDKaTGnyxbp6F6f/p/I28smbVb1wFUVSfUv82PJCbXMtZ7aGZBX16FbF
3qcrGZVNHTjtiaxrKPZS0JzxQiaejqJRqD8reQ+vfso3xAugYTZbVkLTiL/gWJeD
xc1KG7t4xT+IkYs+TwLl+CMtqioY+04yfiSzaB6PG/n/WPyjuruSVaypExLVd8DL
a2MqqoNH2RC9o2ZWGa/8bHoI/Cror2ojBpLnH6UFhh5CUtB5C87eFLCj4b46ERKs
YEF0xZMcZAYdHpOdfHujfKJKiUCjw6szXkFutcYUKOzDaOQOt0tm/Dz4yQXM5OkT
5yH28zq+UclGM/Ti7syIHN/Pk90xMRfSFWI69ZbxEjoWUrFK226am7RpUhTDnWmI
-----END RSA PRIVATE KEY-----
`
	// exampleECKey is a P-256 key in SEC 1 form.
	exampleECKey = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBR2ZHD1r8VOS40/cY1B2ht6emdI6ySM3SDgq0gHCLRtoAoGCCqGSM49
AwEHoUQDQgAEB7pQmx77Ov/J8E0a4O8nlv2hwVhbCWvEDMXa22uvcV954GQffDAw
q69Iw5cpyAPH2XBccy76bOmXLB5dVlfrMw==
-----END EC PRIVATE KEY-----
`
	// exampleDSAKey is a DSA key in OpenSSL's traditional form.
	exampleDSAKey = `-----BEGIN DSA PRIVATE KEY-----
MIIBzAIBAAKBgQDAgKwGXPAwT0eNTvsej1U2vI85ZnSm609/4XLel7+fI7Dlrp76
h+oDe9ta5ig3RBEJJsg+9K0bKaviUTdguZGJow3RmheOzWhxS6/qoRlL8Snz8gcF
J0OawzP0qXGUj0zQR6IqIc4zxTzOg9Y0/246XtBNtBtaszDcbqmzhBcEHwIdAKPl
fQAGVcywwF3gMirww5LgPWpuuTQjhs/UkmUCgYEAjz9AF0GFoNJTTc/2BXZmchrB
Xi1bhA5uM/SNbJlorCEpCfTcGQW3qdcbrQRJpIXVcj8K75uVmXI3dW6uWiKAJ5h8
keGeilpy1hZVJW6Eepy39ttTKGsPl0nnwyX9ALtn30olgTqWmBi0c8cjY+maBGQQ
MvJDbxsFEXUjcbVSM0sCgYAjT/ZYFMynBin3EzqkbdTWQBrzbZtqdlYvfA0zlb5l
hmVI4cL2TD5NrUFh76kZYmMaVkhTGw09dxwZ2f7W5I9ftVd2cgT603JUJHk2p3YT
B5jSy5JnoZRE6ejPVzwRC3SmmxBQAZNUnrw4ysmLAria2Ah+6Z59Y7ajnZs/xf4G
uwIdAI3qI5l0WWgT4yl5gOtjP5/WfWWbaYjAW9NqqKY=
-----END DSA PRIVATE KEY-----
`
	// examplePKCS8Key is an Ed25519 key in PKCS#8 form.
	examplePKCS8Key = `-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEINrOktYtdfm90EwHgUUURguQy7VVXQtGEPiBHPVj7V0D
-----END PRIVATE KEY-----
`
	// examplePKCS8DSAKey is a DSA key in PKCS#8 form, which crypto/x509 cannot parse.
	examplePKCS8DSAKey = `-----BEGIN PRIVATE KEY-----
MIIBXAIBADCCATQGByqGSM44BAEwggEnAoGBAMCArAZc8DBPR41O+x6PVTa8jzlm
dKbrT3/hct6Xv58jsOWunvqH6gN721rmKDdEEQkmyD70rRspq+JRN2C5kYmjDdGa
F47NaHFLr+qhGUvxKfPyBwUnQ5rDM/SpcZSPTNBHoiohzjPFPM6D1jT/bjpe0E20
G1qzMNxuqbOEFwQfAh0Ao+V9AAZVzLDAXeAyKvDDkuA9am65NCOGz9SSZQKBgQCP
P0AXQYWg0lNNz/YFdmZyGsFeLVuEDm4z9I1smWisISkJ9NwZBbep1xutBEmkhdVy
Pwrvm5WZcjd1bq5aIoAnmHyR4Z6KWnLWFlUlboR6nLf221Moaw+XSefDJf0Au2ff
SiWBOpaYGLRzxyNj6ZoEZBAy8kNvGwURdSNxtVIzSwQfAh0AjeojmXRZaBPjKXmA
62M/n9Z9ZZtpiMBb02qopg==
-----END PRIVATE KEY-----
`
	// exampleEncryptedPKCS8Key is a PKCS#8 key encrypted with PBES2.
	exampleEncryptedPKCS8Key = `-----BEGIN ENCRYPTED PRIVATE KEY-----
MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAg9Q5qE3vSClwICCAAw
DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEEjaWlQH8CvDiGrJGMM0vNoEgZCw
6TbKOnxEVFdsOo1o0UvyiNLCl6DdvNhUcbiPRtYCyLtK4AOnV8fIsZYib3VXeM+a
6BBn7EwvLzZTgx/2n/dzyGZmI9v8BZhU+BvB1xuaExepD0Ea3NEHpydyo0xGSwpl
o2I7FkTnKWWaf9R1Sd8r+JmhPYl5DPVlMqYAbBYMSkxeQCWNU52dS9iw/bsJeec=
-----END ENCRYPTED PRIVATE KEY-----
`
	// exampleOpenSSHKey is an Ed25519 key in openssh-key-v1 form, unencrypted.
	exampleOpenSSHKey = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACD0WuOnN+enay9sgtQgedqfQMKjfZGQ90twnUf1XO5bPQAAAJABj1/SAY9f
0gAAAAtzc2gtZWQyNTUxOQAAACD0WuOnN+enay9sgtQgedqfQMKjfZGQ90twnUf1XO5bPQ
AAAECCZEvG9GxhnAJ0UhJml3BhEbs04DPtIrSKb+VHi7YTsvRa46c356drL2yC1CB52p9A
wqN9kZD3S3CdR/Vc7ls9AAAADGZha2VAZXhhbXBsZQE=
-----END OPENSSH PRIVATE KEY-----
`
	// exampleOpenSSHEncryptedKey is an Ed25519 key in openssh-key-v1 form, bcrypt/aes256-ctr.
	exampleOpenSSHEncryptedKey = `-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABCMiiF9Ef
dPiyhPyTcC0p2mAAAAEAAAAAEAAAAzAAAAC3NzaC1lZDI1NTE5AAAAILP7R+v+p8mCRr1x
fB58R8nXD5IkQZibWcEzw/RcQs8LAAAAkK5+8rOqXWDNVfd3EXDeSz0MfhMu4RIcs4q0rW
0Vu5313pIhzNDeVEYkYaiAEjNG2VmgqQ4b+arE2GOD/olK4P3ndZILok+EejUt46qHkZNg
ClDSY7DKCR601okII8a3ecNJV2ty0uWatHKYz9sgw8yoUsOV0foQFqN/WP2BdbEka2papg
sPd8SRv6runoKcwA==
-----END OPENSSH PRIVATE KEY-----
`
	// examplePGPKey is an Ed25519 OpenPGP transferable secret key.
	examplePGPKey = `-----BEGIN PGP PRIVATE KEY BLOCK-----

lFgEawvLXhYJKwYBBAHaRw8BAQdArewfOGTXaPwuBEckroWtoWKe5wt6q9PkG2L1
Y4Aeo4MAAP9+CjagzKxRFqQus2MGr4w69P4j1KgGAd4HfxRsvVqUcQ83tCJGYWtl
IFBlcnNvbiA8ZmFrZUBleGFtcGxlLmludmFsaWQ+iJAEExYIADgWIQSrsXpF4fSQ
rIm5J7GpnuS4fSrr/wUCawvLXgIbAwULCQgHAgYVCgkICwIEFgIDAQIeAQIXgAAK
CRCpnuS4fSrr/xy8AP9A0UFjSDLmqbz0mnthhJTQKM2NS0OfEoPNTH0EmiqG8AD/
cAPqCS3t5hO2214HUEQtQLzJ5gIMAFkMheUjpvO30w8=
=rEjQ
-----END PGP PRIVATE KEY BLOCK-----
`
	// examplePuTTY2Key is a PuTTY v2 key, unencrypted, with its HMAC-SHA-1.
	examplePuTTY2Key = `PuTTY-User-Key-File-2: ssh-ed25519
Encryption: none
Comment: fake-key
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIC4Nsniw5dX0B4IoxgxDTrz1GFLaKrsRStNNh3cb
14Hm
Private-Lines: 1
AAAAIPP/TUUeQp4YIhWq7gai1kttGq3J5QMeS5m/Ea4KeW68
Private-MAC: c7ceac47da66fa1c0f94a6ae4c9082398220fc18
`
	// examplePuTTY3Key is a PuTTY v3 key, unencrypted, with its HMAC-SHA-256.
	examplePuTTY3Key = `PuTTY-User-Key-File-3: ssh-ed25519
Encryption: none
Comment: fake-key
Public-Lines: 2
AAAAC3NzaC1lZDI1NTE5AAAAIC4Nsniw5dX0B4IoxgxDTrz1GFLaKrsRStNNh3cb
14Hm
Private-Lines: 1
AAAAIPP/TUUeQp4YIhWq7gai1kttGq3J5QMeS5m/Ea4KeW68
Private-MAC: 12ae4bdf1e886666141511665c4aa1c646f469e5dc7419aa3943487c0d23bacc
`
)
