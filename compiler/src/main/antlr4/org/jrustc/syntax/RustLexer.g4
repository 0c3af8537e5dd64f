/*
 * The tokens of Rust (2024 edition), for the subset jrustc compiles and for the constructs it
 * recognises in order to refuse them politely.
 *
 * Two deliberate departures from rustc's lexer:
 *  - `>` is always a token of its own; the parser joins `>` `>` into a shift and `>` `=` into
 *    "greater or equal". That way `Box<Box<i32>>` needs no token splitting.
 *  - Lexical errors become tokens (UNTERMINATED_STRING, UNKNOWN_CHAR) or a flag (an unclosed block
 *    comment), which the Parser reports before it parses: the parser never sees them.
 */
lexer grammar RustLexer;

// An empty token that BlockLikeMarker puts before a block-like expression that starts a statement.
tokens { BLOCK_LIKE_START }

@members {
    /** Offset of the last top-level block comment opener; meaningful when input ends inside a comment. */
    public int lastCommentStart = -1;

    /** A float may end in `.` only when no range `..`, field or method name follows: `1.` but not `1..2` or `1.max(2)`. */
    private boolean dotEndsFloat() {
        int next = _input.LA(1);
        return next != '.' && next != '_' && !Character.isLetter(next);
    }
}

// Strict keywords.
KW_AS       : 'as';
KW_ASYNC    : 'async';
KW_AWAIT    : 'await';
KW_BREAK    : 'break';
KW_CONST    : 'const';
KW_CONTINUE : 'continue';
KW_CRATE    : 'crate';
KW_DYN      : 'dyn';
KW_ELSE     : 'else';
KW_ENUM     : 'enum';
KW_EXTERN   : 'extern';
KW_FALSE    : 'false';
KW_FN       : 'fn';
KW_FOR      : 'for';
KW_IF       : 'if';
KW_IMPL     : 'impl';
KW_IN       : 'in';
KW_LET      : 'let';
KW_LOOP     : 'loop';
KW_MATCH    : 'match';
KW_MOD      : 'mod';
KW_MOVE     : 'move';
KW_MUT      : 'mut';
KW_PUB      : 'pub';
KW_REF      : 'ref';
KW_RETURN   : 'return';
KW_SELFVALUE: 'self';
KW_SELFTYPE : 'Self';
KW_STATIC   : 'static';
KW_STRUCT   : 'struct';
KW_SUPER    : 'super';
KW_TRAIT    : 'trait';
KW_TRUE     : 'true';
KW_TYPE     : 'type';
KW_UNSAFE   : 'unsafe';
KW_USE      : 'use';
KW_WHERE    : 'where';
KW_WHILE    : 'while';

// Reserved for future use: an error wherever an identifier is expected.
RESERVED_KEYWORD
    : 'abstract' | 'become' | 'box' | 'do' | 'final' | 'gen' | 'macro' | 'override' | 'priv'
    | 'try' | 'typeof' | 'unsized' | 'virtual' | 'yield'
    ;

UNDERSCORE : '_';
IDENT      : [a-zA-Z_] [a-zA-Z0-9_]*;

// `'a` is a lifetime or label, `'a'` a character: the longer match wins.
LIFETIME     : '\'' [a-zA-Z_] [a-zA-Z0-9_]*;
CHAR_LITERAL : '\'' (~['\\\r\n\t] | ESCAPE) '\'';

// Strings may span lines; escapes are checked and resolved by Literals, not here.
STRING_LITERAL      : '"' (~["\\] | '\\' .)* '"';
UNTERMINATED_STRING : '"' (~["\\] | '\\' .)*;

BYTE_LITERAL            : 'b\'' (~['\\\r\n\t] | ESCAPE) '\'';
BYTE_STRING_LITERAL     : 'b"' (~["\\] | '\\' .)* '"';
C_STRING_LITERAL        : 'c"' (~["\\] | '\\' .)* '"';
RAW_STRING_LITERAL      : 'r' RAW_STRING_BODY;
RAW_BYTE_STRING_LITERAL : 'br' RAW_STRING_BODY;

// Numbers: digits are lexed loosely (`0b102`) so that Literals can name the bad digit.
FLOAT_LITERAL
    : DEC_DIGITS '.' {dotEndsFloat()}?
    | DEC_DIGITS '.' [0-9] [0-9_]* EXPONENT? SUFFIX?
    | DEC_DIGITS EXPONENT SUFFIX?
    ;
INTEGER_LITERAL
    : (DEC_DIGITS | '0x' [0-9a-fA-F_]* | '0o' [0-9_]* | '0b' [0-9_]*) SUFFIX?
    ;

// Punctuation (longest match first is not needed: ANTLR takes the longest token).
PLUS      : '+';
MINUS     : '-';
STAR      : '*';
SLASH     : '/';
PERCENT   : '%';
CARET     : '^';
NOT       : '!';
AND       : '&';
OR        : '|';
ANDAND    : '&&';
OROR      : '||';
SHL       : '<<';
PLUSEQ    : '+=';
MINUSEQ   : '-=';
STAREQ    : '*=';
SLASHEQ   : '/=';
PERCENTEQ : '%=';
CARETEQ   : '^=';
ANDEQ     : '&=';
OREQ      : '|=';
SHLEQ     : '<<=';
EQ        : '=';
EQEQ      : '==';
NE        : '!=';
GT        : '>';
LT        : '<';
LE        : '<=';
AT        : '@';
DOT       : '.';
DOTDOT    : '..';
DOTDOTDOT : '...';
DOTDOTEQ  : '..=';
COMMA     : ',';
SEMI      : ';';
COLON     : ':';
PATHSEP   : '::';
RARROW    : '->';
FATARROW  : '=>';
POUND     : '#';
DOLLAR    : '$';
QUESTION  : '?';
TILDE     : '~';
LBRACE    : '{';
RBRACE    : '}';
LBRACKET  : '[';
RBRACKET  : ']';
LPAREN    : '(';
RPAREN    : ')';

// Line comments, doc comments included, are dropped; so are block comments, which nest.
LINE_COMMENT       : '//' ~[\r\n]* -> skip;
BLOCK_COMMENT_OPEN : '/*' { lastCommentStart = _tokenStartCharIndex; } -> pushMode(BLOCK_COMMENT), skip;
WHITESPACE         : [ \t\r\n\f\u000B\u0085\u200E\u200F\u2028\u2029]+ -> skip;

// Anything else: reported by the Parser as "unknown start of token".
UNKNOWN_CHAR : .;

fragment ESCAPE          : '\\' ('u{' ~[}'"\r\n]* '}' | 'x' ~['\r\n]? ~['\r\n]? | ~[\r\n]);
fragment RAW_STRING_BODY : '"' .*? '"' | '#' RAW_STRING_BODY '#';
fragment DEC_DIGITS      : [0-9] [0-9_]*;
fragment EXPONENT        : [eE] [+-]? [0-9_]* [0-9] [0-9_]*;
fragment SUFFIX          : [a-zA-Z] [a-zA-Z0-9_]*;

mode BLOCK_COMMENT;
NESTED_COMMENT_OPEN : '/*' -> pushMode(BLOCK_COMMENT), skip;
COMMENT_CLOSE       : '*/' -> popMode, skip;
COMMENT_TEXT        : (~[*/] | '*' | '/') -> skip;
