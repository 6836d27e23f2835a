// Package dotenv parses and edits dotenv files (.env, .env.example).
package dotenv
