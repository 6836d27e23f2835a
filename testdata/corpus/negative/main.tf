  password = var.db_password
  api_key  = data.aws_ssm_parameter.datadog_api_key.value
  secret_string = jsonencode({ password = random_password.db.result })
  token = module.vault.token_accessor
