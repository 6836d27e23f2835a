curl -u user:password https://example.com
curl -u "$USER:$PASS" https://ci.corp.net
mysql -u root -p"$MYSQL_PASSWORD" shop
docker login -u bot -p $CI_TOKEN registry
requirepass foobared
curl -H "Authorization: Bearer ${API_TOKEN}" https://api
curl -u user:password https://example.com
curl -u "$USER:$PASS" https://ci.corp.net
mysql -u root -p"$MYSQL_PASSWORD" shop
docker login -u bot -p $CI_TOKEN registry
requirepass foobared
curl -H "Authorization: Bearer ${API_TOKEN}" https://api
curl -u user:password https://example.com
curl -u "$USER:$PASS" https://ci.corp.net
mysql -u root -p"$MYSQL_PASSWORD" shop
docker login -u bot -p $CI_TOKEN registry
requirepass foobared
curl -H "Authorization: Bearer ${API_TOKEN}" https://api
curl -u user:password https://example.com
curl -u "$USER:$PASS" https://ci.corp.net
mysql -u root -p"$MYSQL_PASSWORD" shop
docker login -u bot -p $CI_TOKEN registry
requirepass foobared
curl -H "Authorization: Bearer ${API_TOKEN}" https://api
