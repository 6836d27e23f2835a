engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/test0")
e = create_engine("mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test0")
"mysql+pymysql://some_user:some_pass@some_host/test"
"dbtype://username:apples%2Foranges@hostspec/database"
token2 = "somepw%3BPORT%3D50001"
dest_key='Ec2KeyName',
CSRF_SESSION_KEY = '_csrftoken'
engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/test1")
e = create_engine("mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test1")
"mysql+pymysql://some_user:some_pass@some_host/test"
"dbtype://username:apples%2Foranges@hostspec/database"
token2 = "somepw%3BPORT%3D50001"
dest_key='Ec2KeyName',
CSRF_SESSION_KEY = '_csrftoken'
engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/test2")
e = create_engine("mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test2")
"mysql+pymysql://some_user:some_pass@some_host/test"
"dbtype://username:apples%2Foranges@hostspec/database"
token2 = "somepw%3BPORT%3D50001"
dest_key='Ec2KeyName',
CSRF_SESSION_KEY = '_csrftoken'
engine = create_engine("postgresql+psycopg2://scott:tiger@localhost/test3")
e = create_engine("mssql+pyodbc://scott:tiger^5HHH@mssql2017:1433/test3")
"mysql+pymysql://some_user:some_pass@some_host/test"
"dbtype://username:apples%2Foranges@hostspec/database"
token2 = "somepw%3BPORT%3D50001"
dest_key='Ec2KeyName',
CSRF_SESSION_KEY = '_csrftoken'
