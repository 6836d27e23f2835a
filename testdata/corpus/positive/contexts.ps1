$h = @{ Authorization = "Bearer qSiZb1Izxj3oyNWFizlKF5r17fGmSMfN" }
$s = ConvertTo-SecureString "t8EqN7pv5uhDSfK8" -AsPlainText -Force
$h = @{ Authorization = "Bearer jEQpupFf3AHnLPziZkyXI-91D8eqDRH5" }
$s = ConvertTo-SecureString "bWPLd03T0Ve1MPXp" -AsPlainText -Force
$h = @{ Authorization = "Bearer x_gonNj6QM2zZAoQBDCTlVQnD9G9SHUu" }
$s = ConvertTo-SecureString "RRxsvjg1F2pcdcjW" -AsPlainText -Force
$h = @{ Authorization = "Bearer 6PzbruKy6is4jW-VDBAKEU-vinz6jZrr" }
$s = ConvertTo-SecureString "b9M8xQpIZSegx899" -AsPlainText -Force
