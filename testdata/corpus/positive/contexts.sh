curl -H "Authorization: Bearer MWqPq4UDBlB5wTKJI7FU5Wp-RXoCC-nK" https://api.internal.example.net/v0
curl -u deploy:YdVC8So5Q7xkg7Uh https://ci.corp.net/api/0
mysql -u root -p'8gBFrhVKigrYab' shop0
mysqldump --password=OWlhLa6zSqgfAjO shop
docker login -u bot -p U1TkXA8zw0gA3zR9pp registry.corp.net
redis-server --requirepass UIygzIuKdQClwIrhQDK2
sshpass -p 'bQ0EnEePJqO4q' ssh backup@10.0.0.7
PGPASSWORD=Z4xPQaMLScdSwDU8l psql -h db -U app
htpasswd -b .htpasswd admin 7efu9YJJR4li
curl -H "Authorization: Bearer nv6CbOwad9RmQwsTfdGsrZsEiaJ3P85Sk" https://api.internal.example.net/v1
curl -u deploy:1LPkHyFdKd6UbaXP5 https://ci.corp.net/api/1
mysql -u root -p'cVqKedVAPQgqxO' shop1
mysqldump --password=yya7GoEwRy9od3c shop
docker login -u bot -p IZaBde5N7C0sowJoth registry.corp.net
redis-server --requirepass iZz6FGM73xvOhWXeshiz
sshpass -p 'SdrsvqxNFyMWS' ssh backup@10.0.0.7
PGPASSWORD=GirdC9FXNth6TB6Ub psql -h db -U app
htpasswd -b .htpasswd admin UjqkrgkrRnYj
curl -H "Authorization: Bearer pTL07dERQtFpFOybTIWu8LT21MXgHi2urd" https://api.internal.example.net/v2
curl -u deploy:GbqftBzWJxzCvj1naW https://ci.corp.net/api/2
mysql -u root -p'SE1IkCw22wNuQv' shop2
mysqldump --password=13HmQ7Z9o2QQZSk shop
docker login -u bot -p zsLdiuYwP0saAulZ91 registry.corp.net
redis-server --requirepass iSEk99082B7nCac15R9A
sshpass -p 'vU6NwSmrH1Cpj' ssh backup@10.0.0.7
PGPASSWORD=xHX2X3uFnntJcsf7n psql -h db -U app
htpasswd -b .htpasswd admin wD2TUlUjMPOK
curl -H "Authorization: Bearer 5PdrWzcnwhH_4IcorAmS-9Ta_DY6eZ2JeLC" https://api.internal.example.net/v3
curl -u deploy:5U0zX7lOMawzFSvlgK8 https://ci.corp.net/api/3
mysql -u root -p'7exwNcXTYPY5si' shop3
mysqldump --password=oQoFHJs2wTd3eWI shop
docker login -u bot -p rAM05sETm6Z0zkbSrx registry.corp.net
redis-server --requirepass T4oJ5zthdWu6oD8iPxr4
sshpass -p 'xFLu0njKu2Spv' ssh backup@10.0.0.7
PGPASSWORD=HHvOKVaV6bDHb14Va psql -h db -U app
htpasswd -b .htpasswd admin mC0OCF9WR0zA
