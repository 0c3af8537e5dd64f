package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;
import org.jrustc.syntax.RustParser.*;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.TypeExpr;

/**
 * Builds {@link Expr}s, one visit method per alternative of the grammar's {@code expression} rule.
 * Precedence and associativity are already settled by the parse tree; what is left to do here are
 * the checks the grammar cannot make: chained comparisons, {@code >} {@code >} written apart,
 * tuple indices that the lexer read as a float ({@code t.0.1}), and literal values.
 */
final class ExprBuilder extends RustParserBaseVisitor<Expr> {
    private final AstBuilder ast;

    ExprBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    Expr expr(ExpressionContext ctx) {
        return visit(ctx);
    }

    private List<Expr> exprs(List<ExpressionContext> ctxs) {
        List<Expr> result = new ArrayList<>();
        for (ExpressionContext e : ctxs) result.add(expr(e));
        return List.copyOf(result);
    }

    // ------------------------------------------------------------------ primary expressions

    // literal : INTEGER_LITERAL | FLOAT_LITERAL | CHAR_LITERAL | STRING_LITERAL | 'true' | 'false' | …
    @Override
    public Expr visitLiteralExpr(LiteralExprContext ctx) {
        return literal(ctx.literal());
    }

    Expr literal(LiteralContext ctx) {
        return literalToken(ctx.getStart());
    }

    /** The literal one token stands for. */
    Expr literalToken(Token token) {
        Span span = ast.span(token);
        Literals.Problems problems = problems(token);
        return switch (token.getType()) {
            case RustLexer.INTEGER_LITERAL -> {
                Literals.IntegerText value = Literals.integer(token.getText(), problems);
                yield value.isFloat() ? new Expr.FloatLit(value.value().toString(), value.suffix(), span)
                        : new Expr.IntLit(value.value(), value.suffix(), span);
            }
            case RustLexer.FLOAT_LITERAL -> floatLiteral(token.getText(), span);
            case RustLexer.CHAR_LITERAL -> new Expr.CharLit(Literals.character(token.getText(), problems), span);
            case RustLexer.STRING_LITERAL -> new Expr.StrLit(Literals.string(token.getText(), problems).value(), span);
            case RustLexer.KW_TRUE -> new Expr.BoolLit(true, span);
            case RustLexer.KW_FALSE -> new Expr.BoolLit(false, span);
            case RustLexer.RAW_STRING_LITERAL -> new Expr.Unsupported("raw strings", span);
            case RustLexer.BYTE_LITERAL -> new Expr.Unsupported("byte literals", span);
            case RustLexer.C_STRING_LITERAL -> new Expr.Unsupported("C strings", span);
            default -> new Expr.Unsupported("byte strings", span);
        };
    }

    /** {@code 1_000.5e3f64} → digits {@code 1000.5e3}, suffix {@code f64}. */
    private static Expr floatLiteral(String text, Span span) {
        String digits = text.replace("_", "");
        String suffix = null;
        if (digits.endsWith("f32") || digits.endsWith("f64")) {
            suffix = digits.substring(digits.length() - 3);
            digits = digits.substring(0, digits.length() - 3);
        }
        return new Expr.FloatLit(digits, suffix, span);
    }

    /** Reports literal problems at their place inside the token. */
    Literals.Problems problems(Token token) {
        return (message, from, length, label) -> ast.error(message, ast.spans.inside(token, from, length), label);
    }

    // pathExpression : '::'? pathExprSegment ('::' pathExprSegment)* | '<' type_ ('as' typePath)? '>' ('::' …)+
    @Override
    public Expr visitPathExpr(PathExprContext ctx) {
        return path(ctx.pathExpression());
    }

    Expr path(PathExpressionContext ctx) {
        if (!(ctx instanceof PlainPathContext plain)) return new Expr.Unsupported("qualified paths", ast.span(ctx));
        List<String> segments = new ArrayList<>();
        List<TypeExpr> generics = new ArrayList<>();
        List<PathExprSegmentContext> all = plain.pathExprSegment();
        for (int i = 0; i < all.size(); i++) {
            PathExprSegmentContext segment = all.get(i);
            segments.add(segment.pathIdentSegment().getText());
            if (segment.genericArgs() == null) continue;
            // `f::<i32>`: the type arguments of a generic function (of a type's, `Pair::<i32>::new`, not yet).
            if (i < all.size() - 1) {
                return new Expr.Unsupported("explicit generic arguments (`::<>`) of a type in a path", ast.span(segment.genericArgs()));
            }
            for (RustParser.GenericArgContext arg : segment.genericArgs().genericArg()) {
                if (!(arg instanceof RustParser.TypeArgContext typeArg)) {
                    return new Expr.Unsupported("this kind of explicit generic argument", ast.span(arg));
                }
                generics.add(ast.types.type(typeArg.type_()));
            }
        }
        return new Expr.Path(List.copyOf(segments), List.copyOf(generics), ast.span(ctx));
    }

    // structExpr : pathExpression '{' structLiteralBody '}'
    // structLiteralBody : (structLiteralField (',' structLiteralField)* (',' structBase?)? | structBase)?
    @Override
    public Expr visitStructExpr(StructExprContext ctx) {
        Span span = ast.span(ctx);
        StructLiteralBodyContext body = ctx.structLiteralBody();
        Expr path = path(ctx.pathExpression());
        if (!(path instanceof Expr.Path p)) return path;
        if (!p.generics().isEmpty()) return new Expr.Unsupported("explicit generic arguments (`::<>`) in a struct literal", p.span());
        List<Expr.FieldInit> fields = new ArrayList<>();
        for (StructLiteralFieldContext field : body.structLiteralField()) {
            Span fieldSpan = ast.span(field);
            if (field instanceof ExplicitFieldContext explicit) {
                String name = explicit.IDENT() != null ? explicit.IDENT().getText() : explicit.INTEGER_LITERAL().getText();
                fields.add(new Expr.FieldInit(name, expr(explicit.expression()), fieldSpan));
            } else {
                String name = ((ShorthandFieldContext) field).IDENT().getText();
                fields.add(new Expr.FieldInit(name, new Expr.Path(List.of(name), fieldSpan), fieldSpan));
            }
        }
        Expr base = body.structBase() == null ? null : expr(body.structBase().expression());
        return new Expr.StructLit(p.segments(), List.copyOf(fields), base, span);
    }

    // macroCallExpr : pathExpression '!' delimTokenTree
    @Override
    public Expr visitMacroCallExpr(MacroCallExprContext ctx) {
        return ast.macros.macroCall(ctx);
    }

    // parenOrTupleExpr : '(' (expression (',' expression)* ','?)? ')'
    // `(e)` is e itself: parentheses make no node. `(e,)` is a one-element tuple.
    @Override
    public Expr visitParenOrTupleExpr(ParenOrTupleExprContext ctx) {
        if (ctx.expression().size() == 1 && ctx.COMMA().isEmpty()) return withParens(expr(ctx.expression(0)), ast.span(ctx));
        return new Expr.Tuple(exprs(ctx.expression()), ast.span(ctx));
    }

    /**
     * An operator's span includes the parentheses around it, as in rustc: its overflow panic reports
     * the column of the outermost `(` of {@code 1 + ((y + 1))}.
     */
    private static Expr withParens(Expr e, Span parens) {
        if (e instanceof Expr.Binary b) return new Expr.Binary(b.op(), b.left(), b.right(), b.opSpan(), parens);
        if (e instanceof Expr.Unary u) return new Expr.Unary(u.op(), u.operand(), parens);
        return e;
    }

    // blockLikeExpr : blockLikeExpression
    @Override
    public Expr visitBlockLikeExpr(BlockLikeExprContext ctx) {
        return ast.blocks.blockLike(ctx.blockLikeExpression());
    }

    // returnExpr : 'return' expression?
    @Override
    public Expr visitReturnExpr(ReturnExprContext ctx) {
        return new Expr.Return(ctx.expression() == null ? null : expr(ctx.expression()), ast.span(ctx));
    }

    // breakExpr : 'break' LIFETIME? expression?
    @Override
    public Expr visitBreakExpr(BreakExprContext ctx) {
        Expr value = ctx.expression() == null ? null : expr(ctx.expression());
        return new Expr.Break(AstBuilder.unquote(ctx.LIFETIME()), value, ast.span(ctx));
    }

    // continueExpr : 'continue' LIFETIME?
    @Override
    public Expr visitContinueExpr(ContinueExprContext ctx) {
        return new Expr.Continue(AstBuilder.unquote(ctx.LIFETIME()), ast.span(ctx));
    }

    // ------------------------------------------------------------------ postfix expressions

    // methodCallExpr : expression '.' pathExprSegment arguments
    @Override
    public Expr visitMethodCallExpr(MethodCallExprContext ctx) {
        PathExprSegmentContext method = ctx.pathExprSegment();
        if (method.genericArgs() != null) {
            return new Expr.Unsupported("explicit generic arguments (`::<>`)", ast.span(method.genericArgs()));
        }
        return new Expr.MethodCall(expr(ctx.expression()), method.pathIdentSegment().getText(),
                ast.span(method.pathIdentSegment()), arguments(ctx.arguments()), ast.span(ctx));
    }

    // arguments : '(' (expression (',' expression)* ','?)? ')'
    private List<Expr> arguments(ArgumentsContext ctx) {
        return exprs(ctx.expression());
    }

    // fieldExpr : expression '.' (IDENT | INTEGER_LITERAL)
    @Override
    public Expr visitFieldExpr(FieldExprContext ctx) {
        Expr base = expr(ctx.expression());
        if (ctx.IDENT() != null) {
            return new Expr.Field(base, ctx.IDENT().getText(), ast.span(ctx.IDENT()), ast.span(ctx));
        }
        TerminalNode index = ctx.INTEGER_LITERAL();
        String name = index.getText();
        int digits = 0;
        while (digits < name.length() && Character.isDigit(name.charAt(digits))) digits++;
        if (digits < name.length()) {
            ast.error("suffixes on a tuple index are invalid", ast.span(index),
                    "invalid suffix `" + name.substring(digits) + "`");
            name = name.substring(0, digits);
        }
        return new Expr.Field(base, name, ast.span(index), ast.span(ctx));
    }

    // nestedTupleFieldExpr : expression '.' FLOAT_LITERAL      — `t.0.1` arrives as `t` `.` `0.1`
    @Override
    public Expr visitNestedTupleFieldExpr(NestedTupleFieldExprContext ctx) {
        Expr base = expr(ctx.expression());
        Token number = ctx.FLOAT_LITERAL().getSymbol();
        String text = number.getText();
        Span numberSpan = ast.span(number);
        if (!text.matches("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)")) {
            ast.error("unexpected token: `" + text + "`", numberSpan, "");
            return new Expr.Unsupported("floating-point numbers", numberSpan);
        }
        int dot = text.indexOf('.');
        Span firstSpan = ast.spans.inside(number, 0, dot);
        Span secondSpan = ast.spans.inside(number, dot + 1, text.length() - dot - 1);
        Expr first = new Expr.Field(base, text.substring(0, dot), firstSpan, base.span().to(firstSpan));
        return new Expr.Field(first, text.substring(dot + 1), secondSpan, ast.span(ctx));
    }

    // callExpr : expression arguments
    @Override
    public Expr visitCallExpr(CallExprContext ctx) {
        return new Expr.Call(expr(ctx.expression()), arguments(ctx.arguments()), ast.span(ctx));
    }

    // ------------------------------------------------------------------ operators

    // unaryExpr : ('-' | '!' | '*') expression
    @Override
    public Expr visitUnaryExpr(UnaryExprContext ctx) {
        Expr.UnOp op = switch (ctx.getStart().getType()) {
            case RustLexer.MINUS -> Expr.UnOp.NEG;
            case RustLexer.NOT -> Expr.UnOp.NOT;
            default -> Expr.UnOp.DEREF;
        };
        return new Expr.Unary(op, expr(ctx.expression()), ast.span(ctx));
    }

    // borrowExpr : ('&' | '&&') 'mut'? expression        — `&&e` is `& &e`
    @Override
    public Expr visitBorrowExpr(BorrowExprContext ctx) {
        Span span = ast.span(ctx);
        Expr operand = expr(ctx.expression());
        if (ctx.ANDAND() == null) return new Expr.Borrow(ctx.KW_MUT() != null, operand, span);
        Expr inner = new Expr.Borrow(ctx.KW_MUT() != null, operand, new Span(span.start() + 1, span.end()));
        return new Expr.Borrow(false, inner, span);
    }

    // castExpr : expression 'as' typeNoBounds
    @Override
    public Expr visitCastExpr(CastExprContext ctx) {
        return new Expr.Cast(expr(ctx.expression()), ast.types.typeNoBounds(ctx.typeNoBounds()), ast.span(ctx));
    }

    // multiplicativeExpr : expression ('*' | '/' | '%') expression
    @Override
    public Expr visitMultiplicativeExpr(MultiplicativeExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // additiveExpr : expression ('+' | '-') expression
    @Override
    public Expr visitAdditiveExpr(AdditiveExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // shiftExpr : expression ('<<' | '>' '>') expression
    @Override
    public Expr visitShiftExpr(ShiftExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // bitAndExpr : expression '&' expression
    @Override
    public Expr visitBitAndExpr(BitAndExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // bitXorExpr : expression '^' expression
    @Override
    public Expr visitBitXorExpr(BitXorExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // bitOrExpr : expression '|' expression
    @Override
    public Expr visitBitOrExpr(BitOrExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // comparisonExpr : expression ('==' | '!=' | '<' | '<=' | '>' | '>' '=') expression   — not associative
    @Override
    public Expr visitComparisonExpr(ComparisonExprContext ctx) {
        Expr.Binary comparison = (Expr.Binary) binary(ctx, ctx.expression());
        if (ctx.expression(0) instanceof ComparisonExprContext left) {
            Span leftOp = operatorSpan(left);
            ast.diags.report(Diagnostic.error(null, "comparison operators cannot be chained", leftOp, "")
                    .withLabel(new Label(comparison.opSpan(), "")));
        }
        return comparison;
    }

    // lazyAndExpr : expression '&&' expression
    @Override
    public Expr visitLazyAndExpr(LazyAndExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // lazyOrExpr : expression '||' expression
    @Override
    public Expr visitLazyOrExpr(LazyOrExprContext ctx) {
        return binary(ctx, ctx.expression());
    }

    // rangeExpr : expression ('..' | '..=') expression
    @Override
    public Expr visitRangeExpr(RangeExprContext ctx) {
        return new Expr.Range(expr(ctx.expression(0)), expr(ctx.expression(1)), ctx.DOTDOTEQ() != null, ast.span(ctx));
    }

    // rangeFromExpr : expression '..'
    @Override
    public Expr visitRangeFromExpr(RangeFromExprContext ctx) {
        return new Expr.Range(expr(ctx.expression()), null, false, ast.span(ctx));
    }

    // rangeToExpr : ('..' | '..=') expression
    @Override
    public Expr visitRangeToExpr(RangeToExprContext ctx) {
        return new Expr.Range(null, expr(ctx.expression()), ctx.DOTDOTEQ() != null, ast.span(ctx));
    }

    // rangeFullExpr : '..'
    @Override
    public Expr visitRangeFullExpr(RangeFullExprContext ctx) {
        return new Expr.Range(null, null, false, ast.span(ctx));
    }

    // assignExpr : expression '=' expression          (right-associative)
    @Override
    public Expr visitAssignExpr(AssignExprContext ctx) {
        return new Expr.Assign(expr(ctx.expression(0)), expr(ctx.expression(1)), ast.span(ctx));
    }

    // compoundAssignExpr : expression ('+=' | '-=' | … | '<<=' | '>' '>' '=') expression
    @Override
    public Expr visitCompoundAssignExpr(CompoundAssignExprContext ctx) {
        CompoundAssignOperatorContext operator = ctx.compoundAssignOperator();
        List<Token> tokens = operatorTokens(operator);
        String symbol = joinAdjacent(tokens);
        Expr.BinOp op = binOp(symbol.substring(0, symbol.length() - 1));
        return new Expr.CompoundAssign(op, expr(ctx.expression(0)), expr(ctx.expression(1)), ast.span(operator),
                ast.span(ctx));
    }

    // ------------------------------------------------------------------ unsupported expressions

    // arrayExpr : '[' arrayElements? ']'
    // arrayElements : expression (',' expression)* ','? | expression ';' expression
    @Override
    public Expr visitArrayExpr(ArrayExprContext ctx) {
        RustParser.ArrayElementsContext elements = ctx.arrayElements();
        if (elements == null) return new Expr.Array(List.of(), ast.span(ctx));
        if (elements.SEMI() != null) {
            return new Expr.ArrayRepeat(expr(elements.expression(0)), expr(elements.expression(1)), ast.span(ctx));
        }
        return new Expr.Array(exprs(elements.expression()), ast.span(ctx));
    }

    // closure : 'move'? ('||' | '|' closureParam, … '|') ('->' typeNoBounds block | expression)
    @Override
    public Expr visitClosureExpr(ClosureExprContext ctx) {
        return new Expr.Unsupported("closures", ast.span(ctx));
    }

    // underscoreExpr : '_'
    @Override
    public Expr visitUnderscoreExpr(RustParser.UnderscoreExprContext ctx) {
        return new Expr.Underscore(ast.span(ctx));
    }

    // indexExpr : expression index          index : '[' expression ']'
    @Override
    public Expr visitIndexExpr(IndexExprContext ctx) {
        return new Expr.Index(expr(ctx.expression()), expr(ctx.index().expression()), ast.span(ctx));
    }

    // tryExpr : expression '?'
    @Override
    public Expr visitTryExpr(TryExprContext ctx) {
        return new Expr.Try(expr(ctx.expression()), ast.span(ctx));
    }

    // awaitExpr : expression '.' 'await'
    @Override
    public Expr visitAwaitExpr(AwaitExprContext ctx) {
        return new Expr.Unsupported("`.await`", ast.span(ctx));
    }

    // ------------------------------------------------------------------ helpers

    /** {@code left op right}; {@code op} may be two tokens ({@code > >}, {@code > =}) that must touch. */
    private Expr binary(ExpressionContext ctx, List<ExpressionContext> operands) {
        List<Token> tokens = operatorTokens(ctx);
        Expr.BinOp op = binOp(joinAdjacent(tokens));
        Span opSpan = ast.spans.of(tokens.get(0), tokens.get(tokens.size() - 1));
        return new Expr.Binary(op, expr(operands.get(0)), expr(operands.get(1)), opSpan, ast.span(ctx));
    }

    private Span operatorSpan(ExpressionContext ctx) {
        List<Token> tokens = operatorTokens(ctx);
        return ast.spans.of(tokens.get(0), tokens.get(tokens.size() - 1));
    }

    /** The tokens that are direct children of {@code ctx}: the operator between the operands. */
    private static List<Token> operatorTokens(ParserRuleContext ctx) {
        List<Token> tokens = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode t) tokens.add(t.getSymbol());
        }
        return tokens;
    }

    /** The operator's text; {@code >} {@code >} with a space between is an error, as in rustc. */
    private String joinAdjacent(List<Token> tokens) {
        StringBuilder text = new StringBuilder(tokens.get(0).getText());
        for (int i = 1; i < tokens.size(); i++) {
            Token previous = tokens.get(i - 1);
            Token token = tokens.get(i);
            if (previous.getStopIndex() + 1 != token.getStartIndex()) {
                ast.error("expected expression, found `" + token.getText() + "`", ast.span(token), "expected expression");
            }
            text.append(token.getText());
        }
        return text.toString();
    }

    private static Expr.BinOp binOp(String symbol) {
        for (Expr.BinOp op : Expr.BinOp.values()) {
            if (op.symbol.equals(symbol)) return op;
        }
        throw new IllegalStateException("no binary operator " + symbol);
    }
}
