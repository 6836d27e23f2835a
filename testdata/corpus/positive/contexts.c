static const char api_key[] = "eJA5RCew6NLv5T9NTbZcdSQh";
static const char api_key[] = "awiZfNSGICR5JqkNTmdNBOn9";
static const char api_key[] = "CValb1kBxyWuNyeSbdOJRjl9";
static const char api_key[] = "MXuyZraXsxfo0lAiS5DpBzi0";
