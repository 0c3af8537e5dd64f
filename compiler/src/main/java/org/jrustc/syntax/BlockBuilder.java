package org.jrustc.syntax;

import java.util.ArrayList;
import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.syntax.RustParser.BlockContext;
import org.jrustc.syntax.RustParser.BlockExprContext;
import org.jrustc.syntax.RustParser.BlockLikeExpressionContext;
import org.jrustc.syntax.RustParser.BlockLikeStatementContext;
import org.jrustc.syntax.RustParser.ConditionContext;
import org.jrustc.syntax.RustParser.ExpressionStatementContext;
import org.jrustc.syntax.RustParser.ForExprContext;
import org.jrustc.syntax.RustParser.IfExpressionContext;
import org.jrustc.syntax.RustParser.ItemStatementContext;
import org.jrustc.syntax.RustParser.LetStatementContext;
import org.jrustc.syntax.RustParser.LoopExprContext;
import org.jrustc.syntax.RustParser.LoopLabelContext;
import org.jrustc.syntax.RustParser.StatementContext;
import org.jrustc.syntax.RustParser.WhileExprContext;
import org.jrustc.syntax.ast.Block;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.syntax.ast.Stmt;

/** Builds blocks, statements and the block-like expressions: {@code if}, {@code while}, {@code loop}, {@code for}. */
final class BlockBuilder {
    private final AstBuilder ast;

    BlockBuilder(AstBuilder ast) {
        this.ast = ast;
    }

    // block : '{' innerAttribute* statement* expression? '}'
    // A block-like statement without `;` at the very end is the block's value too, like rustc's.
    Block block(BlockContext ctx) {
        List<Stmt> stmts = new ArrayList<>();
        for (StatementContext s : ctx.statement()) {
            Stmt stmt = statement(s);
            if (stmt != null) stmts.add(stmt);
        }
        Expr tail = null;
        if (ctx.expression() != null) {
            tail = ast.exprs.expr(ctx.expression());
        } else if (!stmts.isEmpty() && stmts.get(stmts.size() - 1) instanceof Stmt.ExprStmt last && !last.semi()) {
            stmts.remove(stmts.size() - 1);
            tail = last.expr();
        }
        return new Block(List.copyOf(stmts), tail, ast.span(ctx));
    }

    // statement : ';' | item | 'let' pattern (':' type_)? ('=' expression ('else' block)?)? ';'
    //           | BLOCK_LIKE_START blockLikeExpression ';'? | expression ';'
    private Stmt statement(StatementContext ctx) {
        Span span = ast.span(ctx);
        if (ctx instanceof ItemStatementContext item) {
            return new Stmt.ItemStmt(ast.items.item(item.item()), span);
        }
        if (ctx instanceof LetStatementContext let) {
            var type = let.type_() == null ? null : ast.types.type(let.type_());
            Expr init = let.expression() == null ? null : ast.exprs.expr(let.expression());
            Block elseBlock = let.KW_ELSE() == null ? null : block(let.block());
            return new Stmt.Let(ast.patterns.pattern(let.pattern()), type, init, elseBlock, span);
        }
        if (ctx instanceof BlockLikeStatementContext blockLike) {
            return new Stmt.ExprStmt(blockLike(blockLike.blockLikeExpression()), blockLike.SEMI() != null, span);
        }
        if (ctx instanceof ExpressionStatementContext expression) {
            return new Stmt.ExprStmt(ast.exprs.expr(expression.expression()), true, span);
        }
        return null; // `;` alone
    }

    // blockLikeExpression : block | 'unsafe' block | 'async' 'move'? block | loopLabel? 'loop' block
    //                     | loopLabel? 'while' condition block | loopLabel? 'for' pattern 'in' scrutinee block
    //                     | loopLabel block | ifExpression | 'match' scrutinee '{' matchArm* '}'
    Expr blockLike(BlockLikeExpressionContext ctx) {
        Span span = ast.span(ctx);
        if (ctx instanceof BlockExprContext b) return new Expr.BlockExpr(block(b.block()), span);
        if (ctx instanceof LoopExprContext loop) return new Expr.Loop(label(loop.loopLabel()), block(loop.block()), span);
        if (ctx instanceof WhileExprContext w) {
            if (w.condition().KW_LET() != null) {
                // `while let P = e { body }` is `loop { match e { P => body, _ => break } }`.
                Block body = block(w.block());
                Expr match = ifLet(w.condition(), body, new Expr.BlockExpr(new Block(List.of(),
                        new Expr.Break(null, null, ast.span(w.condition())), ast.span(w.condition())),
                        ast.span(w.condition())), span);
                return new Expr.Loop(label(w.loopLabel()), new Block(List.of(), match, span), span);
            }
            return new Expr.While(label(w.loopLabel()), condition(w.condition()), block(w.block()), span);
        }
        if (ctx instanceof ForExprContext f) {
            return new Expr.For(label(f.loopLabel()), ast.patterns.pattern(f.pattern()),
                    ast.exprs.expr(f.scrutinee().expression()), block(f.block()), span);
        }
        if (ctx instanceof RustParser.IfExprContext i) return ifExpression(i.ifExpression());
        if (ctx instanceof RustParser.UnsafeBlockExprContext) return new Expr.Unsupported("`unsafe` blocks", span);
        if (ctx instanceof RustParser.AsyncBlockExprContext) return new Expr.Unsupported("`async` blocks", span);
        if (ctx instanceof RustParser.LabeledBlockExprContext) return new Expr.Unsupported("labeled blocks", span);
        return match((RustParser.MatchExprContext) ctx);
    }

    // 'match' scrutinee '{' matchArms '}'      matchArms : (matchArm ',' | blockLikeMatchArm ','?)* matchArm?
    private Expr match(RustParser.MatchExprContext ctx) {
        List<Expr.Arm> arms = new java.util.ArrayList<>();
        for (var child : ctx.matchArms().children == null ? List.<org.antlr.v4.runtime.tree.ParseTree>of()
                : ctx.matchArms().children) {
            if (child instanceof RustParser.MatchArmContext arm) {
                arms.add(arm(arm.pattern(), arm.expression().size() > 1 ? arm.expression(0) : null,
                        ast.exprs.expr(arm.expression(arm.expression().size() - 1)), ast.span(arm)));
            } else if (child instanceof RustParser.BlockLikeMatchArmContext arm) {
                arms.add(arm(arm.pattern(), arm.expression(), blockLike(arm.blockLikeExpression()), ast.span(arm)));
            }
        }
        return new Expr.Match(ast.exprs.expr(ctx.scrutinee().expression()), List.copyOf(arms), false, ast.span(ctx));
    }

    private Expr.Arm arm(RustParser.PatternContext pattern, RustParser.ExpressionContext guard, Expr body, Span span) {
        return new Expr.Arm(ast.patterns.pattern(pattern), guard == null ? null : ast.exprs.expr(guard), body, span);
    }

    /** {@code if let P = e {then} else {otherwise}} as {@code match e { P => then, _ => otherwise }}. */
    private Expr ifLet(ConditionContext condition, Block then, Expr otherwise, Span span) {
        Expr scrutinee = ast.exprs.expr(condition.scrutinee().expression());
        if (scrutinee instanceof Expr.Binary b && (b.op() == Expr.BinOp.AND || b.op() == Expr.BinOp.OR)) {
            // Edition 2024 reads `if let P = a && b` as a let chain, not as a match on `a && b`.
            return new Expr.Unsupported("`let` chains", span);
        }
        Expr.Arm matched = new Expr.Arm(ast.patterns.pattern(condition.pattern()), null,
                new Expr.BlockExpr(then, then.span()), then.span());
        Span elseSpan = otherwise != null ? otherwise.span() : span;
        Expr elseBody = otherwise != null ? otherwise : new Expr.BlockExpr(new Block(List.of(), null, span), span);
        Expr.Arm other = new Expr.Arm(new Pat.Wild(elseSpan), null, elseBody, elseSpan);
        return new Expr.Match(scrutinee, List.of(matched, other), true, span);
    }

    // ifExpression : 'if' condition block ('else' (block | ifExpression))?
    Expr ifExpression(IfExpressionContext ctx) {
        Span span = ast.span(ctx);
        Expr elseExpr = null;
        if (ctx.ifExpression() != null) {
            elseExpr = ifExpression(ctx.ifExpression());
        } else if (ctx.block().size() > 1) {
            elseExpr = new Expr.BlockExpr(block(ctx.block(1)), ast.span(ctx.block(1)));
        }
        if (ctx.condition().KW_LET() != null) return ifLet(ctx.condition(), block(ctx.block(0)), elseExpr, span);
        return new Expr.If(condition(ctx.condition()), block(ctx.block(0)), elseExpr, span);
    }

    // condition : 'let' pattern '=' scrutinee | expression
    private Expr condition(ConditionContext ctx) {
        return ast.exprs.expr(ctx.expression());
    }

    // loopLabel : LIFETIME ':'
    private static String label(LoopLabelContext ctx) {
        return ctx == null ? null : AstBuilder.unquote(ctx.LIFETIME());
    }
}
