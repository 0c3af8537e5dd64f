/*
 * The syntax of Rust (2024 edition) as far as jrustc needs it: the supported subset, plus the
 * common constructs it does not support yet, so that those get "X is not supported by jrustc"
 * instead of a syntax error. Rule names follow the Rust Reference where they can.
 *
 * Two Rust rules need more than a context-free grammar:
 *  - A statement that starts with a block-like expression (`if`, `loop`, `{` …) ends with it, so
 *    `if c {} *p = 1;` is two statements. The token source marks such starts with an empty
 *    BLOCK_LIKE_START token (see BlockLikeMarker), which keeps that decision to one token.
 *  - No struct literal in the condition of `if`/`while`, the iterable of `for` or the scrutinee of
 *    `match`, unless brackets intervene: `if x == S {}` compares x with the path S. That is the
 *    predicate structLiteralAllowed().
 */
parser grammar RustParser;

// The superclass is spelled out: org.jrustc.syntax.Parser, the pass's entry point, would shadow it.
options { tokenVocab = RustLexer; superClass = org.antlr.v4.runtime.Parser; }

@members {
    /** Whether a struct literal may start here: not inside a condition, unless brackets intervene. */
    boolean structLiteralAllowed() {
        for (org.antlr.v4.runtime.RuleContext c = _ctx; c != null; c = c.parent) {
            if (c instanceof ConditionContext || c instanceof ScrutineeContext) return false;
            if (c instanceof BlockContext || c instanceof ArgumentsContext || c instanceof IndexContext
                    || c instanceof ParenOrTupleExprContext || c instanceof ArrayExprContext
                    || c instanceof StructLiteralBodyContext || c instanceof MatchArmsContext) return true;
        }
        return true;
    }
}

crate
    : innerAttribute* (item | macroInvocationItem)* EOF
    ;

// ---------------------------------------------------------------- attributes and token trees

innerAttribute : '#' '!' '[' attr ']';
outerAttribute : '#' '[' attr ']';
attr           : simplePath (delimTokenTree | '=' expression)?;

delimTokenTree
    : '(' tokenTree* ')'
    | '[' tokenTree* ']'
    | '{' tokenTree* '}'
    ;
tokenTree
    : delimTokenTree
    | ~('(' | ')' | '[' | ']' | '{' | '}')
    ;

// The arguments of a macro call, parsed on their own after the call's token tree was read.
macroArguments
    : (macroArgument (',' macroArgument)* ','?)? EOF
    ;
// `matches!(value, pattern if guard)`: the arguments of the one macro that takes a pattern.
matchesArguments
    : expression ',' pattern (BLOCK_LIKE_START? 'if' expression)? ','? EOF
    ;
macroArgument
    : IDENT '=' expression    # namedMacroArgument
    | expression              # positionalMacroArgument
    ;

// ---------------------------------------------------------------- items

item
    : outerAttribute* visibility? itemKind
    ;
itemKind
    : function
    | structItem
    | implItem
    | traitItem
    | enumItem
    | useItem
    | modItem
    | constItem
    | staticItem
    | typeAlias
    | externCrate
    | externBlock
    ;
visibility
    : 'pub' ('(' ('crate' | 'self' | 'super' | 'in' simplePath) ')')?
    ;

function
    : functionQualifiers 'fn' IDENT genericParams? '(' functionParams? ')' ('->' type_)? whereClause?
      (block | ';')
    ;
functionQualifiers
    : 'const'? 'async'? 'unsafe'? ('extern' abi?)?
    ;
abi
    : STRING_LITERAL | RAW_STRING_LITERAL
    ;
functionParams
    : selfParam (',' functionParam)* ','?
    | functionParam (',' functionParam)* ','?
    ;
selfParam
    : outerAttribute* ('&' LIFETIME?)? 'mut'? 'self'     # shorthandSelf
    | outerAttribute* 'mut'? 'self' ':' type_            # typedSelf
    ;
functionParam
    : outerAttribute* pattern ':' type_
    ;

structItem
    : 'struct' IDENT genericParams? whereClause? '{' structFields? '}'          # namedStruct
    | 'struct' IDENT genericParams? '(' tupleFields? ')' whereClause? ';'       # tupleStruct
    | 'struct' IDENT genericParams? whereClause? ';'                            # unitStruct
    ;
structFields : structField (',' structField)* ','?;
structField  : outerAttribute* visibility? IDENT ':' type_;
tupleFields  : tupleField (',' tupleField)* ','?;
tupleField   : outerAttribute* visibility? type_;

implItem
    : 'unsafe'? 'impl' genericParams? '!'? type_ ('for' type_)? whereClause?
      '{' innerAttribute* associatedItem* '}'
    ;
associatedItem
    : outerAttribute* visibility? (function | constItem | typeAlias)
    | macroInvocationItem
    ;

traitItem
    : 'unsafe'? 'trait' IDENT genericParams? (':' typeBounds?)? whereClause?
      '{' innerAttribute* associatedItem* '}'
    ;

enumItem
    : 'enum' IDENT genericParams? whereClause? '{' (enumVariant (',' enumVariant)* ','?)? '}'
    ;
enumVariant
    : outerAttribute* visibility? IDENT ('{' structFields? '}' | '(' tupleFields? ')')? ('=' expression)?
    ;

useItem : 'use' useTree ';';
useTree
    : (simplePath? '::')? ('*' | '{' (useTree (',' useTree)* ','?)? '}')
    | simplePath ('as' (IDENT | '_'))?
    ;

modItem      : 'unsafe'? 'mod' IDENT (';' | '{' innerAttribute* item* '}');
constItem    : 'const' (IDENT | '_') ':' type_ ('=' expression)? ';';
staticItem   : 'static' 'mut'? IDENT ':' type_ ('=' expression)? ';';
typeAlias    : 'type' IDENT genericParams? (':' typeBounds?)? whereClause? ('=' type_)? ';';
externCrate  : 'extern' 'crate' (IDENT | 'self') ('as' (IDENT | '_'))? ';';
externBlock  : 'unsafe'? 'extern' abi? '{' innerAttribute* (outerAttribute* visibility? (function | staticItem))* '}';

// `name!(…);` or `macro_rules! name { … }` at the top level. (No item starts with an identifier,
// so that a statement starting with one is known to be an expression.)
macroInvocationItem : simplePath '!' IDENT? delimTokenTree ';'?;

// ---------------------------------------------------------------- generics

genericParams
    : '<' (genericParam (',' genericParam)* ','?)? '>'
    ;
genericParam
    : outerAttribute* LIFETIME (':' lifetimeBounds)?                                  # lifetimeParam
    | outerAttribute* IDENT (':' typeBounds?)? ('=' type_)?                           # typeParam
    | outerAttribute* 'const' IDENT ':' type_ ('=' (block | IDENT | '-'? literal))?  # constParam
    ;
lifetimeBounds : (LIFETIME '+')* LIFETIME?;
typeBounds     : typeBound ('+' typeBound)* '+'?;
typeBound
    : LIFETIME
    | '?'? forLifetimes? typePath
    | '(' '?'? forLifetimes? typePath ')'
    ;
forLifetimes : 'for' genericParams;
whereClause  : 'where' (whereClauseItem (',' whereClauseItem)* ','?)?;
whereClauseItem
    : LIFETIME ':' lifetimeBounds
    | forLifetimes? type_ ':' typeBounds?
    ;

// ---------------------------------------------------------------- types

type_
    : typeNoBounds           # plainType
    | 'impl' typeBounds      # implTraitType
    | 'dyn' typeBounds       # traitObjectType
    ;
typeNoBounds
    : '(' (type_ (',' type_)* ','?)? ')'                                 # parenOrTupleType
    | '!'                                                                 # neverType
    | ('&' | '&&') LIFETIME? 'mut'? typeNoBounds                          # referenceType
    | '*' ('mut' | 'const') typeNoBounds                                  # rawPointerType
    | '[' type_ ']'                                                       # sliceType
    | '[' type_ ';' BLOCK_LIKE_START? expression ']'                      # arrayType
    | '_'                                                                 # inferredType
    | '<' type_ ('as' typePath)? '>' ('::' typePathSegment)+              # qualifiedPathType
    | typePath                                                            # pathType
    | forLifetimes? functionQualifiers 'fn' '(' (type_ (',' type_)* ','?)? ')' ('->' typeNoBounds)?  # functionPointerType
    | 'impl' typeBound                                                    # implTraitTypeOneBound
    | 'dyn' typeBound                                                     # traitObjectTypeOneBound
    ;
typePath
    : '::'? typePathSegment ('::' typePathSegment)*
    ;
typePathSegment
    : pathIdentSegment ('::'? (genericArgs | '(' (type_ (',' type_)* ','?)? ')' ('->' typeNoBounds)?))?
    ;
genericArgs
    : '<' (genericArg (',' genericArg)* ','?)? '>'
    ;
genericArg
    : LIFETIME                        # lifetimeArg
    | type_                           # typeArg
    | IDENT genericArgs? '=' type_    # associatedTypeArg
    | IDENT ':' typeBounds            # associatedBoundArg
    | block                           # constBlockArg
    | '-'? literal                    # constLiteralArg
    ;

// ---------------------------------------------------------------- paths

simplePath
    : '::'? simplePathSegment ('::' simplePathSegment)*
    ;
simplePathSegment
    : IDENT | 'super' | 'self' | 'crate'
    ;
pathIdentSegment
    : IDENT | 'super' | 'self' | 'Self' | 'crate'
    ;
pathExpression
    : '::'? pathExprSegment ('::' pathExprSegment)*                       # plainPath
    | '<' type_ ('as' typePath)? '>' ('::' pathExprSegment)+              # qualifiedPath
    ;
pathExprSegment
    : pathIdentSegment ('::' genericArgs)?
    ;

// ---------------------------------------------------------------- statements

// The expression without `;` at the end is the block's value, its tail. A block-like statement
// without `;` at the end is the tail too; the builder moves it there.
block
    : '{' innerAttribute* statement* expression? '}'
    ;
statement
    : ';'                                                                  # emptyStatement
    | item                                                                 # itemStatement
    | outerAttribute* 'let' pattern (':' type_)? ('=' expression ('else' block)?)? ';'   # letStatement
    | BLOCK_LIKE_START blockLikeExpression ';'?                            # blockLikeStatement
    | outerAttribute* expression ';'                                       # expressionStatement
    ;

// ---------------------------------------------------------------- expressions
//
// Alternatives are listed from the tightest binding to the loosest (the Rust Reference's
// "Expression precedence" table); ANTLR turns the order into precedence climbing.

expression
    : literal                                                              # literalExpr
    | pathExpression                                                       # pathExpr
    | '_'                                                                  # underscoreExpr
    | {structLiteralAllowed()}? pathExpression '{' structLiteralBody '}'   # structExpr
    | pathExpression '!' delimTokenTree                                    # macroCallExpr
    | '(' (expression (',' expression)* ','?)? ')'                         # parenOrTupleExpr
    | '[' arrayElements? ']'                                               # arrayExpr
    | blockLikeExpression                                                  # blockLikeExpr
    | closure                                                              # closureExpr
    | 'return' expression?                                                 # returnExpr
    | 'break' LIFETIME? expression?                                        # breakExpr
    | 'continue' LIFETIME?                                                 # continueExpr
    | '..'                                                                 # rangeFullExpr
    | expression '.' pathExprSegment arguments                             # methodCallExpr
    | expression '.' 'await'                                               # awaitExpr
    | expression '.' (IDENT | INTEGER_LITERAL)                             # fieldExpr
    | expression '.' FLOAT_LITERAL                                         # nestedTupleFieldExpr
    | expression arguments                                                 # callExpr
    | expression index                                                     # indexExpr
    | expression '?'                                                       # tryExpr
    | ('-' | '!' | '*') expression                                         # unaryExpr
    | ('&' | '&&') 'mut'? expression                                       # borrowExpr
    | expression 'as' typeNoBounds                                         # castExpr
    | expression ('*' | '/' | '%') expression                              # multiplicativeExpr
    | expression ('+' | '-') expression                                    # additiveExpr
    | expression ('<<' | '>' '>') expression                               # shiftExpr
    | expression '&' expression                                            # bitAndExpr
    | expression '^' expression                                            # bitXorExpr
    | expression '|' expression                                            # bitOrExpr
    | expression ('==' | '!=' | '<' | '<=' | '>' | '>' '=') expression     # comparisonExpr
    | expression '&&' expression                                           # lazyAndExpr
    | expression '||' expression                                           # lazyOrExpr
    | expression ('..' | '..=') expression                                 # rangeExpr
    | expression '..'                                                      # rangeFromExpr
    | ('..' | '..=') expression                                            # rangeToExpr
    | <assoc = right> expression '=' expression                            # assignExpr
    | <assoc = right> expression compoundAssignOperator expression         # compoundAssignExpr
    ;

compoundAssignOperator
    : '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>' '>' '='
    ;

arguments        : '(' (expression (',' expression)* ','?)? ')';
index            : '[' expression ']';
arrayElements    : expression (',' expression)* ','? | expression ';' BLOCK_LIKE_START? expression;

structLiteralBody
    : (structLiteralField (',' structLiteralField)* (',' structBase?)? | structBase)?
    ;
structLiteralField
    : outerAttribute* (IDENT | INTEGER_LITERAL) ':' expression   # explicitField
    | outerAttribute* IDENT                                      # shorthandField
    ;
structBase : '..' expression;

// Expressions that end with a block and so may stand as statements without a semicolon.
blockLikeExpression
    : block                                                    # blockExpr
    | 'unsafe' block                                           # unsafeBlockExpr
    | 'async' 'move'? block                                    # asyncBlockExpr
    | loopLabel? 'loop' block                                  # loopExpr
    | loopLabel? 'while' condition BLOCK_LIKE_START? block     # whileExpr
    | loopLabel? 'for' pattern 'in' scrutinee BLOCK_LIKE_START? block   # forExpr
    | loopLabel block                                          # labeledBlockExpr
    | ifExpression                                             # ifExpr
    | 'match' scrutinee BLOCK_LIKE_START? '{' innerAttribute* matchArms '}'   # matchExpr
    ;
loopLabel    : LIFETIME ':';
// A condition that ends with a block (`if x == {y} {}`) makes the marker appear before the body.
ifExpression : 'if' condition BLOCK_LIKE_START? block ('else' (block | ifExpression))?;
condition    : 'let' pattern '=' scrutinee | expression;
scrutinee    : expression;
matchArms    : (matchArm ',' | blockLikeMatchArm ','?)* matchArm?;
// A guard after a struct pattern follows its `}`: the token source marks the `if` as block-like.
matchArm     : outerAttribute* pattern (BLOCK_LIKE_START? 'if' expression)? '=>' expression;
blockLikeMatchArm : outerAttribute* pattern (BLOCK_LIKE_START? 'if' expression)? '=>' BLOCK_LIKE_START blockLikeExpression;

closure
    : 'async'? 'move'? ('||' | '|' (closureParam (',' closureParam)* ','?)? '|')
      ('->' typeNoBounds block | expression)
    ;
closureParam : outerAttribute* patternNoTopAlt (':' type_)?;

literal
    : INTEGER_LITERAL
    | FLOAT_LITERAL
    | CHAR_LITERAL
    | STRING_LITERAL
    | RAW_STRING_LITERAL
    | BYTE_LITERAL
    | BYTE_STRING_LITERAL
    | RAW_BYTE_STRING_LITERAL
    | C_STRING_LITERAL
    | 'true'
    | 'false'
    ;

// ---------------------------------------------------------------- patterns

pattern
    : '|'? patternNoTopAlt ('|' patternNoTopAlt)*
    ;
patternNoTopAlt
    : rangePatternBound ('..=' | '...') rangePatternBound     # closedRangePattern
    | rangePatternBound '..' rangePatternBound?               # halfOpenRangePattern
    | '..=' rangePatternBound                                 # rangeToPattern
    | patternWithoutRange                                     # simplePattern
    ;
rangePatternBound
    : '-'? (INTEGER_LITERAL | CHAR_LITERAL | FLOAT_LITERAL | BYTE_LITERAL)
    | pathExpression
    ;
patternWithoutRange
    : 'ref'? 'mut'? IDENT ('@' patternNoTopAlt)?                          # identPattern
    | '_'                                                                 # wildcardPattern
    | '..'                                                                # restPattern
    | '-'? literal                                                        # literalPattern
    | ('&' | '&&') 'mut'? patternWithoutRange                             # referencePattern
    | '(' (pattern (',' pattern)* ','?)? ')'                              # parenOrTuplePattern
    | '[' (pattern (',' pattern)* ','?)? ']'                              # slicePattern
    | pathExpression '{' (structPatternField (',' structPatternField)* ','?)? '}'  # structPattern
    | pathExpression '(' (pattern (',' pattern)* ','?)? ')'               # tupleStructPattern
    | '::'? pathExprSegment ('::' pathExprSegment)+                       # pathPattern
    | '<' type_ ('as' typePath)? '>' ('::' pathExprSegment)+              # qualifiedPathPattern
    ;
structPatternField
    : outerAttribute* ((IDENT | INTEGER_LITERAL) ':' pattern | 'ref'? 'mut'? IDENT | '..')
    ;
