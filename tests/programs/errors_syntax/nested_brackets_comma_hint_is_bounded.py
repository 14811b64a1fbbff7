# Nested brackets that each invite a look-ahead for "Perhaps you forgot a comma?" (found by
# compile_fuzz; the look-ahead was exponential in the nesting and took minutes): bounded now.
g(n  # expect error: SyntaxError: invalid syntax. Perhaps you forgot a comma?
t(t[S[p[[][e[t(t[[][f[S[y[a[S[t(t(t[S[p[[][e[t(t[[][f[S[y[a[S[t(t(t[S[p[[][e[t(t[[][f[S[y[a[S[t(:
