headers = {"Authorization": "Bearer s64_uAQjQCS9yAOx8IJO7kv3LOTNsVLKJLLrOPp9"}
url = "https://admin:7oWIi6MuIPoBV2Y7ZF@api.example.com/v1"
u = "https://api.corp.net/v1/items?access_token=YXIIE-I4hMeYB0T6Y2ruvcU4CHgLt1n6"
v = "https://api.corp.net/v1?x=0&api_key=c6259bb3e0ec048ed8df03256c8964a57d141622"
SECRET_KEY_FALLBACKS = ["django-insecure-iIdeuV7fFTIOcDvkm3Q9yf02JLALSNiOT0X3uojX"]
w = "https://api.telegram.org/bot611991895:AAu5aiJTkhxxCTALxcoKzP5S4KcPhFEtrVp/sendMessage"
API_TOKENS = ["SXUwHhv_j0PuXHhEzzfb3DzPxKes3nw4"]
headers = {"Authorization": "Bearer QKgSUSkPoSNQrLQzFj9IyH84BQiG1R0zaimMuiFm"}
url = "https://admin:eG6rsM2TB0GSj4mjqI@api.example.com/v1"
u = "https://api.corp.net/v1/items?access_token=S1b8kN1aAP5kuIJJH2XYfh8klUMfkqzR"
v = "https://api.corp.net/v1?x=1&api_key=0bbe4b6cf2d13d00346d5cde9ba1b9189da50e3c"
SECRET_KEY_FALLBACKS = ["django-insecure-NO6Bb1QIbLzp93uPIEk9PmMiB5sGST3TiLzfSWPj"]
w = "https://api.telegram.org/bot687061429:AAS4CvSpI8JMo4OApfwJ3zB218Za_kfh52G/sendMessage"
API_TOKENS = ["Y2qLyh789qk3D2hrpOtjDYZsukwk8B_7"]
headers = {"Authorization": "Bearer dKL4CPcxdQf3OA8zQfaWDqHRvGc9q-P4WUemCWk7"}
url = "https://admin:fjvHgF9KAIQ6SMqyBI@api.example.com/v1"
u = "https://api.corp.net/v1/items?access_token=uBBuHhM-bzpFNh_12pbYXdDHjpiPicoG"
v = "https://api.corp.net/v1?x=2&api_key=09f9a36eea209b035d5623f439308edd35158217"
SECRET_KEY_FALLBACKS = ["django-insecure-NZI--8eb-vHaySI44Fo-IdotKBsXuD5KKwNVZmv8"]
w = "https://api.telegram.org/bot672056214:AACdVCITCt8nvP-dzdu7qpkSElMZ8TfW9-x/sendMessage"
API_TOKENS = ["nw7Mb4mpYyKw48DD7heSlGw9n_qcZYIY"]
headers = {"Authorization": "Bearer l8sx_Hy_PGeamJMRUrpafmeud732aZx8C6QGFsdY"}
url = "https://admin:RgGt1NP4VcrnDWsElt@api.example.com/v1"
u = "https://api.corp.net/v1/items?access_token=uAx2C8iDxCEwUTDpIGn4DFH_xgCocJhZ"
v = "https://api.corp.net/v1?x=3&api_key=64bc334ccad6f62b1b586b5a1598f35b500cf8c6"
SECRET_KEY_FALLBACKS = ["django-insecure-ZCm64jeJSRMCXFNW716BnLqn-hgntpYKsobxqLt6"]
w = "https://api.telegram.org/bot604497326:AA-3IK9I2UfLWhOlarM5nhbjL7kahMA4FxL/sendMessage"
API_TOKENS = ["_qO4yRAuqna18IknQfMLPZS6IT755K9u"]
