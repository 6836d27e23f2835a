// Package gitignore decides whether a path is ignored exactly as git does.
package gitignore
