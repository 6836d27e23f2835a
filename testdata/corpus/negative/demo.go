"http://jane:p%40ssword@google.com",
"http://jane:p%40ssword@google.com",
"http://jane:p%40ssword@google.com",
"http://jane:p%40ssword@google.com",
