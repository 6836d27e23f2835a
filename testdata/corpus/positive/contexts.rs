const API_TOKEN: &str = "x8oFfaJP6SASc7qvEeRz6ZSzai5XhojH";
const API_TOKEN: &str = "TYC-bDMwq-KehFtroCgR1u4ofBNl8RTW";
const API_TOKEN: &str = "chtdg4H5eTzvaPeKOlsDb9CyU3lUAca2";
const API_TOKEN: &str = "_qa9r2emozb3pyHpbsGi0dqv4sBoFBek";
