#define API_SECRET "Fan7B9Cpjb8nbt3oFj3XIewH"
#define API_SECRET "7NVDlIyIf1s0SRN0ew5676Gu"
#define API_SECRET "KrxOWNuTqIlmosiqHChkChAK"
#define API_SECRET "wxW8pSEc8hnoMEwiADUAiFjw"
