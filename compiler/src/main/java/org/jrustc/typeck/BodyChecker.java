package org.jrustc.typeck;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;
import org.jrustc.diag.Unsupported;
import org.jrustc.resolve.Binding;
import org.jrustc.resolve.Builtin;
import org.jrustc.resolve.Res;
import org.jrustc.syntax.ast.Block;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.syntax.ast.Stmt;
import org.jrustc.syntax.ast.TypeExpr;
import org.jrustc.types.EnumDef;
import org.jrustc.types.FnSig;
import org.jrustc.types.IntKind;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * Checks one function body. Types flow both ways: an expected type (from a {@code let} annotation,
 * a parameter, a return type) guides integer literals, and each expression's own type is recorded
 * before it is coerced to the expected one. Integer literals without a suffix get inference
 * variables that default to i32 when the body is finished.
 */
final class BodyChecker {
    private final Diagnostics diags;
    private final TypeTable table;
    private final TypeLowering lowering;
    private final Item.Fn fn;
    /** The type {@code Self} stands for (the impl's struct or enum), or null in a free function. */
    private final Ty self;
    private final Inference infer = new Inference();
    private final Deque<LoopContext> loops = new ArrayDeque<>();
    private final Map<Expr, Ty> pending = new IdentityHashMap<>();
    /** In declaration order, so that "type annotations needed" names the first unknown local, as rustc. */
    private final Map<Binding, Ty> pendingLocals = new java.util.LinkedHashMap<>();
    private final List<Expr.IntLit> literals = new ArrayList<>();
    private final List<Expr.FloatLit> floatLiterals = new ArrayList<>();
    final Set<Expr.IntLit> negatedLiterals = new HashSet<>();
    final List<Expr.Unary> negations = new ArrayList<>();
    private final MacroChecker macros;
    private final OperatorChecker operators;
    private final FnSig sig;
    private final ItemCollector traits;
    private final Map<String, Ty> typeEnv;
    /** The generic calls of this body, their type arguments still inference variables. */
    private final List<PendingGenericCall> genericCalls = new ArrayList<>();

    /** A call of a generic function, or of a method of a generic type's impl ({@code call} a method call then). */
    private record PendingGenericCall(Expr call, Item.Fn fn, List<Ty.Param> params, List<Ty> args) {}

    /** A value made by its type's Default ({@code Default::default()}, {@code mem::take}): the type must have one. */
    private record PendingDefault(Expr.Call call, Ty type) {}

    private final List<PendingDefault> pendingDefaults = new ArrayList<>();
    /** The values of {@code e?} expressions, whose types fall back to {@code ()} when nothing uses them. */
    private final List<Ty> unusedResults = new ArrayList<>();

    /** A type written in this body, its type parameters' names standing for what {@link #typeEnv} says. */
    Ty lowerType(TypeExpr t) {
        return lowering.lower(t, self, typeEnv);
    }
    private boolean diverges;

    private static final class LoopContext {
        final String label;
        final String kind;
        final boolean isLoop;
        final Ty breakType;
        boolean hasBreak;

        LoopContext(String label, String kind, Ty breakType) {
            this.label = label;
            this.kind = kind;
            this.isLoop = kind.equals("loop");
            this.breakType = breakType;
        }
    }

    BodyChecker(Diagnostics diags, TypeTable table, TypeLowering lowering, Item.Fn fn, FnSig sig, Ty self) {
        this(diags, table, lowering, null, fn, sig, self, Map.of());
    }

    /**
     * @param traits    the signatures of traits' methods, for calls of a bound's method on a type parameter
     * @param typeEnv   what the function's type parameters stand for: {@link Ty.Param}s when its body is
     *                  checked once for all instances, concrete types when one instance is checked
     */
    BodyChecker(Diagnostics diags, TypeTable table, TypeLowering lowering, ItemCollector traits, Item.Fn fn, FnSig sig,
                Ty self, Map<String, Ty> typeEnv) {
        this.traits = traits;
        this.typeEnv = typeEnv;
        this.diags = diags;
        this.table = table;
        this.lowering = lowering;
        this.fn = fn;
        this.sig = sig;
        this.self = self;
        this.macros = new MacroChecker(this, diags);
        this.operators = new OperatorChecker(this, infer, table, diags, lowering, self);
    }

    /** How many diagnostics there were when this body's checking began. */
    private int diagnosticsAtStart;

    void check() {
        diagnosticsAtStart = diags.all().size();
        int i = 0;
        if (fn.self() != null && self != null) {
            pendingLocals.put(table.resolution.selfParams.get(fn.self()), sig.params().get(i++));
        }
        for (Item.Param p : fn.params()) pendingLocals.put(table.resolution.params.get(p), sig.params().get(i++));
        // rustc blames a body without a value on the return type it fails to produce.
        block(fn.body(), sig.ret(), fn.ret() != null ? fn.ret().span() : fn.body().span());
        if (fn.body().tail() != null) refuseReturnedTemporary(fn.body().tail());
        finish();
    }

    /**
     * {@code fn five() -> &'static i32 { &5 }}: rustc promotes the constant to static memory (or, for
     * a value that is not constant, rejects the program, which is the borrow checker's E0515). jrustc
     * has neither yet, and the reference would dangle: refuse it by name.
     */
    private void refuseReturnedTemporary(Expr value) {
        if (value instanceof Expr.BlockExpr b && b.block().tail() != null) {
            refuseReturnedTemporary(b.block().tail());
        } else if (value instanceof Expr.If i) {
            if (i.then().tail() != null) refuseReturnedTemporary(i.then().tail());
            if (i.elseExpr() != null) refuseReturnedTemporary(i.elseExpr());
        } else if (value instanceof Expr.Borrow b && !(b.operand() instanceof Expr.Path)
                && !(b.operand() instanceof Expr.Field) && !(b.operand() instanceof Expr.Index)
                && !(b.operand() instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF)) {
            unsupported("returning a reference to a temporary value (constant promotion)", value.span());
        }
    }

    // ---- results ----------------------------------------------------------------------------

    private Ty record(Expr e, Ty t) {
        pending.put(e, t);
        return t;
    }

    Ty resolved(Ty t) { return infer.shallow(t); }

    /** E0004 for a match that misses values, E0005 for a let pattern that may not match. */
    private void checkPatterns() {
        for (Pat.Or or : orAlternatives) {
            for (Pat alternative : or.alternatives()) refuseMovingBindings(alternative);
        }
        Exhaustiveness coverage = new Exhaustiveness(table);
        for (PatternCheck check : patternChecks) {
            Ty type = infer.finish(check.type());
            if (type == null) continue;
            if (check.let() != null) {
                List<String> missing = coverage.missing(List.of(check.let().pat()), type);
                if (missing.isEmpty()) continue;
                String list = Exhaustiveness.list(missing);
                diags.report(Diagnostic.error("E0005", "refutable pattern in local binding", check.let().pat().span(),
                        "pattern" + (missing.size() == 1 ? " " : "s ") + list + " not covered")
                        .withNote("note: the matched value is of type `" + type.display() + "`"));
                continue;
            }
            Expr.Match m = check.match();
            if (m.ifLet()) continue;
            List<Pat> counted = m.arms().stream().filter(a -> a.guard() == null).map(Expr.Arm::pat).toList();
            List<String> missing = coverage.missing(counted, type);
            if (missing.isEmpty()) continue;
            String list = Exhaustiveness.list(missing);
            diags.report(Diagnostic.error("E0004", "non-exhaustive patterns: " + list + " not covered",
                    m.scrutinee().span(), "pattern" + (missing.size() == 1 ? " " : "s ") + list + " not covered")
                    .withNote("note: the matched value is of type `" + type.display() + "`"));
        }
    }

    /** jrustc binds an or-pattern's variables on each alternative's own path, which cannot record a move yet. */
    private void refuseMovingBindings(Pat pat) {
        if (pat instanceof Pat.Ident id && table.resolution.patterns.containsKey(id)) {
            Ty t = table.localTypes.get(table.resolution.patterns.get(id));
            if (t != null && !t.isCopy()) unsupported("moving a value out in an `|` pattern", id.span());
        } else if (pat instanceof Pat.Tuple tp) {
            tp.elements().forEach(this::refuseMovingBindings);
        } else if (pat instanceof Pat.TupleStruct ts) {
            ts.elements().forEach(this::refuseMovingBindings);
        } else if (pat instanceof Pat.Struct sp) {
            sp.fields().forEach(f -> refuseMovingBindings(f.pat()));
        }
    }

    private void finish() {
        boolean reported = diags.hasErrors();
        for (var entry : pendingLocals.entrySet()) {
            Ty t = infer.finish(entry.getValue());
            if (t == null) {
                if (!reported) {
                    diags.error("E0282", "type annotations needed", entry.getKey().span(), "");
                    reported = true;
                }
                t = Ty.UNIT;
            }
            table.localTypes.put(entry.getKey(), t);
        }
        for (Ty unused : unusedResults) infer.defaultToUnit(unused);
        boolean unknownReported = reported;
        for (var entry : pending.entrySet()) {
            Ty t = infer.finish(entry.getValue());
            if (t == null && !unknownReported) {
                // `println!("{:?}", None)`: nothing says what the Option holds.
                diags.error("E0282", "type annotations needed", entry.getKey().span(), "cannot infer type");
                unknownReported = true;
            }
            table.exprTypes.put(entry.getKey(), t == null ? Ty.UNIT : t);
        }
        for (PendingGenericCall call : genericCalls) finishGenericCall(call);
        for (PendingDefault d : pendingDefaults) {
            Ty t = infer.finish(d.type());
            if (t == null) {
                diags.error("E0790", "cannot call associated function on trait without specifying the corresponding "
                        + "`impl` type", d.call().span(), "cannot call associated function of trait");
            } else if (!DeriveChecker.isDefaultable(t)) {
                diags.error("E0277", "the trait bound `" + t.display() + ": Default` is not satisfied", d.call().span(),
                        "the trait `Default` is not implemented for `" + t.display() + "`");
            }
        }
        for (Expr.IntLit lit : literals) checkLiteralRange(lit);
        for (Expr.FloatLit lit : floatLiterals) checkLiteralRange(lit);
        // Exhaustiveness needs final types: not when this body had a type error (other bodies' do not matter).
        if (diags.all().size() == diagnosticsAtStart) checkPatterns();
        for (Expr.Unary neg : negations) {
            // The type became unsigned only after the negation was checked: rustc reports the missing impl.
            if (table.exprTypes.get(neg) instanceof Ty.Int i && !i.kind().signed) {
                diags.error("E0277", "the trait bound `" + i.kind().rustName() + ": Neg` is not satisfied", neg.span(),
                        "the trait `Neg` is not implemented for `" + i.kind().rustName() + "`");
            }
        }
    }

    /** The type arguments of a generic call, now known: each must meet its parameter's bounds (E0277). */
    private void finishGenericCall(PendingGenericCall call) {
        List<Ty> args = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Ty t = infer.finish(call.args().get(i));
            if (t == null) {
                diags.error("E0282", "type annotations needed", call.call().span(), "cannot infer type of the type parameter `"
                        + call.params().get(i).name() + "` declared on the function `" + call.fn().name() + "`");
                return;
            }
            args.add(t);
        }
        for (int i = 0; i < args.size(); i++) {
            for (String bound : call.params().get(i).bounds()) {
                if (!Generics.satisfies(args.get(i), bound, table) && call.call() instanceof Expr.MethodCall m
                        && table.methodOwners.containsKey(call.fn()) && i < argumentList(table.methodOwners.get(call.fn())).size()) {
                    // A method of an impl whose bounds the receiver's type arguments do not meet.
                    diags.error("E0599", "the method `" + m.method() + "` exists for " + kindOf(table.methodOwners.get(call.fn()))
                            + " `" + show(Generics.substitute(table.methodOwners.get(call.fn()),
                            Monomorphizer.substitution(call.params(), args))) + "`, but its trait bounds were not satisfied",
                            m.methodSpan(), "method cannot be called due to unsatisfied trait bounds");
                    return;
                }
                if (!Generics.satisfies(args.get(i), bound, table)) {
                    diags.error("E0277", unmetBound(args.get(i), bound), boundSpan(call, i),
                            "the trait `" + bound + "` is not implemented for `" + args.get(i).display() + "`");
                }
            }
        }
        table.genericCalls.put(call.call(), new TypeTable.GenericCall(call.fn(), List.copyOf(args), call.call().span()));
    }

    private static String kindOf(Ty t) {
        return t instanceof Ty.Enum ? "enum" : "struct";
    }

    private static String unmetBound(Ty t, String bound) {
        if (bound.equals("Display")) return "`" + t.display() + "` doesn't implement `std::fmt::Display`";
        if (bound.equals("Debug")) return "`" + t.display() + "` doesn't implement `Debug`";
        if (bound.equals("PartialOrd") || bound.equals("PartialEq")) return "can't compare `" + t.display() + "` with `" + t.display() + "`";
        return "the trait bound `" + t.display() + ": " + bound + "` is not satisfied";
    }

    /** rustc blames the argument whose type is the type parameter itself (or a reference to it), else the call. */
    private Span boundSpan(PendingGenericCall pending, int param) {
        if (!(pending.call() instanceof Expr.Call call)) return pending.call().span();
        FnSig sig = table.fnSigs.get(pending.fn());
        Ty p = pending.params().get(param);
        for (int i = 0; i < sig.params().size() && i < call.args().size(); i++) {
            Ty t = sig.params().get(i);
            while (t instanceof Ty.Ref r) t = r.inner();
            if (t.equals(p)) return call.args().get(i).span();
        }
        return call.span();
    }

    private void checkLiteralRange(Expr.IntLit lit) {
        if (!(table.exprTypes.get(lit) instanceof Ty.Int i)) return;
        BigInteger v = negatedLiterals.contains(lit) ? lit.value().negate() : lit.value();
        if (v.compareTo(i.kind().min()) < 0 || v.compareTo(i.kind().max()) > 0) {
            table.lints.add(org.jrustc.diag.Diagnostic.error(null, "literal out of range for `" + i.kind().rustName() + "`",
                    lit.span(), "").withNote("note: the literal `" + lit.value() + "` does not fit into the type `"
                    + i.kind().rustName() + "` whose range is `" + i.kind().min() + "..=" + i.kind().max() + "`"));
        }
    }

    /** rustc's deny-by-default lint for a float literal too large for its type (it would be infinite). */
    private void checkLiteralRange(Expr.FloatLit lit) {
        if (!(table.exprTypes.get(lit) instanceof Ty.Float f)) return;
        double value = Double.parseDouble(lit.digits());
        if (Double.isInfinite(f.single() ? (float) value : value)) {
            String type = f.single() ? "f32" : "f64";
            table.lints.add(org.jrustc.diag.Diagnostic.error(null, "literal out of range for `" + type + "`", lit.span(), "")
                    .withNote("note: the literal `" + lit.digits() + (lit.suffix() == null ? "" : lit.suffix())
                            + "` does not fit into the type `" + type + "` and will be converted to `" + type + "::INFINITY`"));
        }
    }

    private static Ty orError(Ty t) { return t == null ? Ty.ERROR : t; }

    // ---- errors -----------------------------------------------------------------------------

    void mismatch(Span span, Ty expected, Ty found) {
        if (infer.isError(expected) || infer.isError(found)) return;
        diags.error("E0308", "mismatched types", span, "expected " + described(expected) + ", found " + described(found));
    }

    /** A type in an "expected …, found …" label: rustc writes an unknown integer type as the word "integer". */
    String described(Ty t) {
        return infer.isIntegerVar(t) ? "integer" : "`" + infer.show(t) + "`";
    }

    void unsupported(String what, Span span) {
        diags.error(null, Unsupported.message(what), span, "");
    }

    String show(Ty t) { return infer.show(t); }

    // ---- coercion ---------------------------------------------------------------------------

    /**
     * Checks that a value of type {@code actual} can be used where {@code expected} is wanted,
     * allowing {@code !} to become anything, {@code &mut T} to become {@code &T}, and deref
     * coercion of references ({@code &Box<T>} and {@code &&T} to {@code &T}). Returns the type the
     * use sees.
     */
    Ty coerce(Expr e, Ty actual, Ty expected, Span span) {
        if (expected == null) return actual;
        Ty a = infer.shallow(actual);
        Ty x = infer.shallow(expected);
        if (a instanceof Ty.Never) return expected;
        if (a instanceof Ty.Ref ra && x instanceof Ty.Ref rx && (!rx.mutable() || ra.mutable())) {
            if (infer.unify(ra.inner(), rx.inner())) return expected;
            Ty inner = infer.shallow(ra.inner());
            int derefs = 0;
            while (true) {
                Ty next = derefTarget(inner);
                if (next == null) break;
                if (next instanceof Ty.Ref r && rx.mutable() && !r.mutable()) break;
                derefs++;
                inner = infer.shallow(next);
                if (infer.unify(inner, rx.inner())) {
                    if (e != null) table.derefCoercions.put(e, new TypeTable.Coercion(derefs, rx.mutable()));
                    return expected;
                }
            }
            mismatch(span, expected, actual);
            return expected;
        }
        if (!infer.unify(a, x)) mismatch(span, expected, actual);
        return expected;
    }

    /** What one deref of a reference or Box reaches, or null. */
    Ty derefTarget(Ty t) {
        t = infer.shallow(t);
        if (t instanceof Ty.Ref r) return r.inner();
        if (t instanceof Ty.Boxed b) return b.inner();
        return null;
    }

    /** Checks {@code e} against an expected type (null for none) and returns the type the context sees. */
    Ty expr(Expr e, Ty expected) {
        Ty own = exprInner(e, expected);
        record(e, own);
        return coerce(e, own, expected, e.span());
    }

    /** Checks {@code e} with {@code hint} as a guide only (no coercion, no error when it differs). */
    Ty exprHint(Expr e, Ty hint) {
        return record(e, exprInner(e, hint));
    }

    // ---- blocks and statements --------------------------------------------------------------

    Ty block(Block b, Ty expected) {
        return block(b, expected, b.span());
    }

    /** A block; {@code blame} is where a missing value is reported (the block, or a fn's return type). */
    private Ty block(Block b, Ty expected, Span blame) {
        boolean outer = diverges;
        diverges = false;
        for (Stmt s : b.stmts()) stmt(s);
        Ty result;
        if (b.tail() != null) {
            result = expr(b.tail(), expected);
            if (infer.shallow(result) instanceof Ty.Never) diverges = true;
        } else if (diverges) {
            result = Ty.NEVER;
        } else {
            result = Ty.UNIT;
            if (expected != null && !infer.unify(expected, Ty.UNIT) && !(infer.shallow(expected) instanceof Ty.Never)) {
                mismatch(blame, expected, Ty.UNIT);
                result = infer.error();
            }
        }
        diverges = outer || diverges;
        return result;
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Let let) {
            Ty declared = let.type() == null || let.type() instanceof TypeExpr.Infer ? null : orError(lowerType(let.type()));
            Ty bindingType;
            if (let.init() != null) {
                Ty initType = exprHint(let.init(), declared);
                if (declared != null) coerce(let.init(), initType, declared, let.init().span());
                bindingType = declared != null ? declared : initType;
                if (infer.shallow(initType) instanceof Ty.Never) diverges = true;
            } else {
                bindingType = declared != null ? declared : infer.fresh();
            }
            if (let.pat() instanceof Pat.Ident id && id.byRef()) {
                unsupported("`ref` bindings directly under `let`", id.span());
                return;
            }
            bindPattern(let.pat(), bindingType);
            if (let.elseBlock() != null) {
                letElse(let);
            } else if (!(let.pat() instanceof Pat.Ident) && !(let.pat() instanceof Pat.Wild)
                    || let.pat() instanceof Pat.Ident value && table.resolution.patternValues.containsKey(value)) {
                patternChecks.add(new PatternCheck(null, let, bindingType));
            }
        } else if (s instanceof Stmt.ExprStmt es) {
            Expr e = es.expr();
            boolean blockLike = e instanceof Expr.If || e instanceof Expr.BlockExpr || e instanceof Expr.While
                    || e instanceof Expr.Loop || e instanceof Expr.For;
            Ty t = blockLike && !es.semi() ? expr(e, Ty.UNIT) : exprHint(e, null);
            if (infer.shallow(t) instanceof Ty.Never) diverges = true;
        }
    }

    /** The else block of {@code let P = e else { … };} must diverge (E0308): control cannot go on without the bindings. */
    private void letElse(Stmt.Let let) {
        boolean outer = diverges;
        diverges = false;
        Ty t = block(let.elseBlock(), null);
        if (!diverges && !(infer.shallow(t) instanceof Ty.Never) && !infer.isError(t)) {
            diags.error("E0308", "`else` clause of `let...else` does not diverge", let.elseBlock().span(),
                    "expected `!`, found `" + show(t) + "`");
        }
        diverges = outer;
    }

    void bindPattern(Pat pat, Ty type) {
        bindPattern(pat, type, null);
    }

    /**
     * Gives each binding of {@code pat} its type, matching {@code pat} against a value of {@code type}.
     * {@code byRef} is the default binding mode (match ergonomics): null while matching a value, else
     * the reference type whose mutability a binding inherits once a tuple pattern has matched through
     * a reference.
     */
    private void bindPattern(Pat pat, Ty type, Ty.Ref byRef) {
        if (pat instanceof Pat.Ident id && id.sub() == null && !table.resolution.patternValues.containsKey(id)) {
            if (id.byRef()) {
                refBinding(id, type, byRef);
                return;
            }
            if (byRef != null && id.mutable()) {
                // Edition 2024: `mut` would reset the binding mode to moving, which rustc forbids here.
                diags.error(null, "cannot mutably bind by value within an implicitly-borrowing pattern", id.span(), "");
            }
            Ty bound = byRef == null ? type : new Ty.Ref(byRef.mutable(), type);
            pendingLocals.put(table.resolution.patterns.get(id), bound);
        } else if (pat instanceof Pat.Tuple tp) {
            Ty t = infer.shallow(type);
            while (t instanceof Ty.Ref r && refersToTuple(r)) {
                // Through several references, bindings borrow mutably only if every one is `&mut`.
                byRef = byRef == null ? r : byRef.mutable() && r.mutable() ? r : new Ty.Ref(false, byRef.inner());
                t = infer.shallow(r.inner());
            }
            if (tp.elements().stream().anyMatch(e -> e instanceof Pat.Rest) && t instanceof Ty.Tuple known) {
                bindPattern(new Pat.Tuple(Pat.expandRest(tp.elements(), known.elements().size()), tp.span()), t, byRef);
                return;
            }
            int arity = tp.elements().size();
            if (t instanceof Ty.Var && !infer.isIntegerVar(t) && !infer.isError(t)) {
                List<Ty> fresh = new ArrayList<>();
                for (int i = 0; i < arity; i++) fresh.add(infer.fresh());
                infer.unify(t, new Ty.Tuple(List.copyOf(fresh)));
                t = infer.shallow(t);
            }
            if (t instanceof Ty.Tuple tt && tt.elements().size() == arity) {
                for (int i = 0; i < arity; i++) bindPattern(tp.elements().get(i), tt.elements().get(i), byRef);
                return;
            }
            if (!infer.isError(t)) {
                String shape = "(" + String.join(", ", java.util.Collections.nCopies(arity, "_")) + (arity == 1 ? ",)" : ")");
                String expected = t instanceof Ty.Tuple tt
                        ? "a tuple with " + tt.elements().size() + " element" + (tt.elements().size() == 1 ? "" : "s")
                        : described(t);
                String found = t instanceof Ty.Tuple ? "one with " + arity + " element" + (arity == 1 ? "" : "s")
                        : "`" + shape + "`";
                diags.error("E0308", "mismatched types", tp.span(), "expected " + expected + ", found " + found);
            }
            for (Pat element : tp.elements()) bindPattern(element, infer.error(), null);
        } else {
            refutablePattern(pat, type, byRef);
        }
    }

    /**
     * The patterns that may fail to match (and the compound ones that contain them): literals,
     * ranges, alternatives, references, paths, struct and tuple-struct patterns. Through a reference,
     * any of these but a reference pattern matches the referent, binding by reference.
     */
    private void refutablePattern(Pat pat, Ty type, Ty.Ref byRef) {
        Ty t = infer.shallow(type);
        boolean throughReferences = !(pat instanceof Pat.Ref) && !(pat instanceof Pat.Wild) && !(pat instanceof Pat.Rest)
                && !(pat instanceof Pat.Ident id0 && !table.resolution.patternValues.containsKey(id0));
        if (throughReferences) {
            while (t instanceof Ty.Ref r && !(pat.isStrLiteral() && infer.shallow(r.inner()) instanceof Ty.Str)) {
                byRef = byRef == null ? r : byRef.mutable() && r.mutable() ? r : new Ty.Ref(false, byRef.inner());
                t = infer.shallow(r.inner());
            }
        }
        if (pat instanceof Pat.Ident id) {
            if (id.byRef()) {
                refBinding(id, t, byRef);
                if (id.sub() != null) bindPattern(id.sub(), t, byRef);
                return;
            }
            if (table.resolution.patternValues.containsKey(id)) {
                patternValue(id, table.resolution.patternValues.get(id), t);
                return;
            }
            if (byRef != null && id.mutable()) {
                diags.error(null, "cannot mutably bind by value within an implicitly-borrowing pattern", id.span(), "");
            }
            pendingLocals.put(table.resolution.patterns.get(id), byRef == null ? t : new Ty.Ref(byRef.mutable(), t));
            if (id.sub() != null) bindPattern(id.sub(), t, byRef);
        } else if (pat instanceof Pat.Literal lit) {
            Ty litType = exprHint(lit.value(), t);
            if (!infer.unify(litType, t)) mismatch(lit.span(), t, litType);
        } else if (pat instanceof Pat.Range range) {
            for (Expr bound : java.util.Arrays.asList(range.lo(), range.hi())) {
                if (bound == null) continue;
                Ty b = exprHint(bound, t);
                if (!infer.unify(b, t)) mismatch(bound.span(), t, b);
            }
            if (!infer.isError(t) && !infer.isInteger(t) && !(t instanceof Ty.Char)) {
                diags.error("E0029", "only `char` and numeric types are allowed in range patterns", range.span(), "");
            } else if (range.lo() != null && range.hi() != null && literalValue(range.lo()) != null
                    && literalValue(range.hi()) != null) {
                int order = literalValue(range.lo()).compareTo(literalValue(range.hi()));
                if (range.inclusive() && order > 0) {
                    diags.error("E0030", "lower bound for range pattern must be less than or equal to upper bound", range.lo().span(),
                            "lower bound larger than upper bound");
                } else if (!range.inclusive() && order >= 0) {
                    diags.error("E0579", "lower range bound must be less than upper", range.lo().span(), "");
                }
            }
        } else if (pat instanceof Pat.Or or) {
            for (Pat alternative : or.alternatives()) bindPattern(alternative, t, byRef);
            if (byRef == null) orAlternatives.add(or);
        } else if (pat instanceof Pat.Ref ref) {
            if (t instanceof Ty.Ref r && r.mutable() == ref.mutable()) {
                bindPattern(ref.inner(), r.inner(), null);
            } else if (!infer.isError(t)) {
                diags.error("E0308", "mismatched types", ref.span(), "expected " + described(t) + ", found `&_`");
            }
        } else if (pat instanceof Pat.Path p) {
            Res r = table.resolution.patternValues.get(p);
            if (r != null) patternValue(p, r, t);
        } else if (pat instanceof Pat.TupleStruct ts) {
            StructDef def = patternPayload(ts, t);
            if (def == null) {
                for (Pat e : ts.elements()) bindPattern(e, infer.error(), null);
                return;
            }
            List<Ty> types = fieldTypes(def, infer.shallow(t));
            List<Pat> elements = withoutRest(ts.elements(), def.fields().size(), ts.span(),
                    table.resolution.patternVariants.containsKey(ts) ? "tuple variant" : "tuple struct");
            for (int i = 0; i < elements.size(); i++) {
                Ty field = i < types.size() ? types.get(i) : infer.error();
                bindPattern(elements.get(i), field, byRef);
            }
        } else if (pat instanceof Pat.Struct sp) {
            StructDef def = patternPayload(sp, t);
            if (def == null) {
                for (Pat.FieldPat f : sp.fields()) bindPattern(f.pat(), infer.error(), null);
                return;
            }
            Res.Variant variant = table.resolution.patternVariants.get(sp);
            String what = variant == null ? "struct `" + def.name() + "`" : "variant `" + variantName(variant) + "`";
            boolean unknownField = false;
            for (Pat.FieldPat f : sp.fields()) {
                int index = def.fieldIndex(f.name());
                if (index < 0) {
                    unknownField = true;
                    diags.error("E0026", what + " does not have a field named `" + f.name() + "`",
                            f.span(), what + " does not have this field");
                    bindPattern(f.pat(), infer.error(), null);
                } else {
                    bindPattern(f.pat(), fieldTypes(def, infer.shallow(t)).get(index), byRef);
                }
            }
            if (!sp.rest() && !unknownField) { // as rustc: a misnamed field is reported, not the fields missing then
                List<String> missing = def.fields().stream().map(StructDef.Field::name)
                        .filter(n -> sp.fields().stream().noneMatch(f -> f.name().equals(n))).toList();
                if (!missing.isEmpty()) {
                    diags.error("E0027", "pattern does not mention field" + (missing.size() == 1 ? " `" : "s `")
                            + String.join("`, `", missing) + "`", sp.span(), "missing field" + (missing.size() == 1 ? "" : "s"));
                }
            }
        } else if (pat instanceof Pat.Unsupported u) {
            unsupported(u.what(), u.span());
        }
    }

    /**
     * {@code ref x} / {@code ref mut x}: the binding borrows the matched place. Edition 2024 allows
     * the modifier only where the pattern does not already bind by reference.
     */
    private void refBinding(Pat.Ident id, Ty type, Ty.Ref byRef) {
        if (byRef != null) {
            diags.error(null, "binding modifiers may only be written when the default binding mode is `move`", id.span(),
                    "this binding modifier");
            return;
        }
        pendingLocals.put(table.resolution.patterns.get(id), new Ty.Ref(id.mutable(), type));
    }

    /** The value of an integer or char literal, maybe negated; null for anything else. */
    private static BigInteger literalValue(Expr e) {
        boolean negated = e instanceof Expr.Unary u && u.op() == Expr.UnOp.NEG;
        Expr inner = negated ? ((Expr.Unary) e).operand() : e;
        BigInteger v = inner instanceof Expr.IntLit lit ? lit.value()
                : inner instanceof Expr.CharLit c ? BigInteger.valueOf(c.codePoint()) : null;
        return v == null ? null : negated ? v.negate() : v;
    }

    /** A pattern that compares with a constant or is a unit struct. */
    private void patternValue(Pat pat, Res r, Ty t) {
        Ty valueType = r instanceof Res.Const c
                ? (table.consts.containsKey(c.item()) ? table.consts.get(c.item()).type() : infer.error())
                : r instanceof Res.IntConst ic ? new Ty.Int(ic.kind())
                : r instanceof Res.StructCtor s ? new Ty.Adt(table.structDefs.get(s.item()))
                : r instanceof Res.Variant v && v.variant().shape() == Item.Shape.UNIT ? fresh(table.declaredType(v.item()))
                : null;
        if (r instanceof Res.Variant v && valueType == null) {
            boolean tuple = v.variant().shape() == Item.Shape.TUPLE;
            diags.error(tuple ? "E0532" : "E0533", "expected unit struct, unit variant or constant, found "
                    + (tuple ? "tuple" : "struct") + " variant `" + variantName(v) + "`", pat.span(), "");
            return;
        }
        if (valueType == null) {
            unsupported("this kind of path in patterns", pat.span());
            return;
        }
        if (valueType.equals(Ty.STATIC_STR) || r instanceof Res.Const && (valueType instanceof Ty.Enum || valueType instanceof Ty.Float)) {
            unsupported(valueType instanceof Ty.Enum ? "constants of enum type in patterns"
                    : valueType instanceof Ty.Float ? "floating-point constants in patterns" : "`&str` constants in patterns",
                    pat.span());
            return;
        }
        if (!infer.unify(valueType, t)) mismatch(pat.span(), t, valueType);
    }

    /**
     * The fields a struct or tuple-struct pattern matches: the struct's, or the enum variant's payload;
     * the scrutinee type {@code t} must be that struct or enum (E0308). Null when the path named nothing.
     */
    private StructDef patternPayload(Pat pat, Ty t) {
        Res.Variant variant = table.resolution.patternVariants.get(pat);
        Item.Struct item = table.resolution.patternStructs.get(pat);
        if (variant == null && item == null) return null;
        EnumDef enumDef = variant == null ? null : table.enumDefs.get(variant.item());
        Ty whole = fresh(variant == null ? table.declaredType(item) : table.declaredType(variant.item()));
        if (!infer.unify(whole, t)) mismatch(pat.span(), t, whole);
        return variant == null ? table.structDefs.get(item) : enumDef.variants().get(variant.index());
    }

    /** The elements of a tuple-struct pattern with {@code ..} spelled out (E0023 when the count is wrong). */
    private List<Pat> withoutRest(List<Pat> elements, int arity, Span span, String what) {
        List<Pat> out = Pat.expandRest(elements, arity);
        if (out.size() != arity) {
            diags.error("E0023", "this pattern has " + elements.size() + " field" + (elements.size() == 1 ? "" : "s")
                    + ", but the corresponding " + what + " has " + arity + " field" + (arity == 1 ? "" : "s"), span,
                    "expected " + arity + " field" + (arity == 1 ? "" : "s") + ", found " + elements.size());
        }
        return out;
    }


    // ---- expressions ------------------------------------------------------------------------

    private Ty exprInner(Expr e, Ty expected) {
        if (e instanceof Expr.IntLit lit) return intLiteral(lit, expected);
        if (e instanceof Expr.BoolLit) return Ty.BOOL;
        if (e instanceof Expr.CharLit) return Ty.CHAR;
        if (e instanceof Expr.FloatLit f) {
            floatLiterals.add(f);
            if (f.suffix() != null) return f.suffix().equals("f32") ? Ty.F32 : Ty.F64;
            return infer.shallow(expected) instanceof Ty.Float ft ? ft : infer.freshFloat();
        }
        if (e instanceof Expr.StrLit) return Ty.STATIC_STR;
        if (e instanceof Expr.Path p) return path(p);
        if (e instanceof Expr.Call c) return call(c, expected);
        if (e instanceof Expr.MethodCall m) return methodCall(m);
        if (e instanceof Expr.Field f) return field(f);
        if (e instanceof Expr.Unary u) return operators.unary(u, expected);
        if (e instanceof Expr.Borrow b) {
            Ty hint = expected != null && infer.shallow(expected) instanceof Ty.Ref r ? r.inner() : null;
            return new Ty.Ref(b.mutable(), exprHint(b.operand(), hint));
        }
        if (e instanceof Expr.Binary b) return operators.binary(b, expected);
        if (e instanceof Expr.Assign a) return assign(a);
        if (e instanceof Expr.CompoundAssign a) return operators.compoundAssign(a);
        if (e instanceof Expr.Cast c) return operators.cast(c);
        if (e instanceof Expr.BlockExpr b) return block(b.block(), expected);
        if (e instanceof Expr.If i) return ifExpr(i, expected);
        if (e instanceof Expr.While w) {
            expr(w.cond(), Ty.BOOL);
            boolean outer = diverges;
            loops.push(new LoopContext(w.label(), "while", Ty.UNIT));
            block(w.body(), Ty.UNIT);
            loops.pop();
            diverges = outer;
            return Ty.UNIT;
        }
        if (e instanceof Expr.Loop l) return loop(l, expected);
        if (e instanceof Expr.For f) return forLoop(f);
        if (e instanceof Expr.Range r) {
            unsupported("ranges outside `for` loops", r.span());
            return infer.error();
        }
        if (e instanceof Expr.Break b) return breakExpr(b);
        if (e instanceof Expr.Continue c) {
            findLoop(c.label(), c.span(), "continue");
            return Ty.NEVER;
        }
        if (e instanceof Expr.Return r) {
            if (r.value() != null) {
                expr(r.value(), sig.ret());
                refuseReturnedTemporary(r.value());
            } else if (!infer.unify(sig.ret(), Ty.UNIT)) {
                diags.error("E0069", "`return;` in a function whose return type is not `()`", r.span(),
                        "return type is not `()`");
            }
            return Ty.NEVER;
        }
        if (e instanceof Expr.StructLit s) return structLit(s);
        if (e instanceof Expr.Tuple t) return tuple(t, expected);
        if (e instanceof Expr.Match m) return matchExpr(m, expected);
        if (e instanceof Expr.Try t) return tryOperator(t);
        if (e instanceof Expr.Underscore u) {
            if (!assignees.contains(u)) {
                diags.error(null, "in expressions, `_` can only be used on the left-hand side of an assignment", u.span(),
                        "`_` not allowed here");
                return infer.error();
            }
            return expected != null ? expected : infer.fresh();
        }
        if (e instanceof Expr.Array a) return array(a, expected);
        if (e instanceof Expr.ArrayRepeat r) return arrayRepeat(r, expected);
        if (e instanceof Expr.Index i) return index(i);
        if (e instanceof Expr.MacroCall m) return macros.check(m, expected);
        return infer.error(); // Expr.Unsupported: already reported by the resolver
    }

    private Ty intLiteral(Expr.IntLit lit, Ty expected) {
        literals.add(lit);
        if (lit.suffix() != null) {
            IntKind kind = IntKind.fromName(lit.suffix());
            if (kind == null) {
                unsupported("floating-point numbers", lit.span());
                return infer.error();
            }
            return new Ty.Int(kind);
        }
        if (expected != null && infer.shallow(expected) instanceof Ty.Int i) return i;
        return infer.freshInt();
    }

    private Ty path(Expr.Path p) {
        Res r = table.resolution.paths.get(p);
        if (r == null) return infer.error();
        if (r instanceof Res.Local l) {
            Ty t = pendingLocals.get(l.binding());
            return t == null ? infer.error() : t;
        }
        if (r instanceof Res.IntConst c) return new Ty.Int(c.kind());
        if (r instanceof Res.FloatConst f) return f.single() ? Ty.F32 : Ty.F64;
        if (r instanceof Res.Const c) {
            TypeTable.ConstValue v = table.consts.get(c.item());
            return v != null ? v.type() : infer.error();
        }
        if (r instanceof Res.TypeParamConst c) return typeParamConst(p, c);
        if (r instanceof Res.StructCtor s && s.item().shape() == Item.Shape.UNIT) {
            return new Ty.Adt(table.structDefs.get(s.item()));
        }
        if (r instanceof Res.Variant v) {
            if (v.variant().shape() == Item.Shape.UNIT) return fresh(table.declaredType(v.item()));
            if (v.variant().shape() == Item.Shape.NAMED) {
                diags.error("E0533", "expected value, found struct variant `" + variantName(v) + "`", p.span(), "not a value");
                return infer.error();
            }
        }
        unsupported("functions used as values", p.span());
        return infer.error();
    }

    private Ty call(Expr.Call c, Ty expected) {
        if (!(c.callee() instanceof Expr.Path p)) {
            unsupported("calls of expressions that are not paths", c.callee().span());
            return infer.error();
        }
        Res r = table.resolution.paths.get(p);
        if (r == null) {
            c.args().forEach(a -> exprHint(a, null));
            return infer.error();
        }
        if (!p.generics().isEmpty() && !(r instanceof Res.Fn)) {
            unsupported("explicit generic arguments (`::<>`) other than a function's", p.span());
            c.args().forEach(a -> exprHint(a, null));
            return infer.error();
        }
        if (r instanceof Res.Fn f && (f.item().isGeneric() || !p.generics().isEmpty())) return genericCall(c, p, f.item());
        if (r instanceof Res.Fn f) return callSig(c, table.fnSigs.get(f.item()), c.args(), "function");
        if (r instanceof Res.AssocFn f) {
            Ty owner = table.methodOwners.get(f.item());
            if (owner != null && (Generics.isAbstract(owner) && !owner.equals(self) || f.item().isGeneric())) {
                // `Pair::new(…)` of `impl<T> Pair<T>`: the impl's parameters (and the function's own) are
                // inferred like a generic function's.
                boolean generic = Generics.isAbstract(owner) && !owner.equals(self);
                List<Ty.Param> params = new ArrayList<>(generic ? ownerParams(owner) : List.of());
                List<Ty> args = new ArrayList<>(generic ? argumentList(fresh(owner)) : List.of());
                if (!generic && Generics.isAbstract(owner)) { // inside the impl itself: its parameters stand
                    params.addAll(ownerParams(owner));
                    args.addAll(ownerParams(owner));
                }
                for (Ty.Param own : table.typeParams.getOrDefault(f.item(), List.of())) {
                    params.add(own);
                    args.add(infer.fresh());
                }
                Map<Ty, Ty> map = Monomorphizer.substitution(params, args);
                genericCalls.add(new PendingGenericCall(c, f.item(), params, args));
                return callSig(c, substitute(table.fnSigs.get(f.item()), map), c.args(), "function");
            }
            return callSig(c, table.fnSigs.get(f.item()), c.args(), "function");
        }
        if (r instanceof Res.TraitPathFn f) {
            // `Shape::area(&c)`: the impl is the one for the type of the `self` argument.
            Item.Fn declared = f.trait().methods().stream().filter(fn -> fn.name().equals(f.name())).findFirst().orElseThrow();
            if (declared.self() == null || c.args().isEmpty()) {
                diags.error("E0790", "cannot call associated function on trait without specifying the corresponding "
                        + "`impl` type", p.span(), "cannot call associated function of trait");
                c.args().forEach(a -> exprHint(a, null));
                return infer.error();
            }
            Ty first = infer.shallow(exprHint(c.args().get(0), null));
            Ty owner = first;
            while (owner instanceof Ty.Ref ref) owner = infer.shallow(ref.inner());
            TypeTable.TraitMethod method = owner instanceof Ty.Param tp ? boundMethod(tp, f.name(), p.span())
                    : traitMethodOfTrait(owner, f.trait().name(), f.name());
            if (method == null) {
                if (!infer.isError(owner)) {
                    diags.error("E0277", "the trait bound `" + show(owner) + ": " + f.trait().name() + "` is not satisfied",
                            c.args().get(0).span(), "the trait `" + f.trait().name() + "` is not implemented for `"
                            + show(owner) + "`");
                }
                c.args().subList(1, c.args().size()).forEach(a -> exprHint(a, null));
                return infer.error();
            }
            table.traitFnCalls.put(c, method.sig());
            if (!infer.unify(method.sig().params().get(0), first)) mismatch(c.args().get(0).span(), method.sig().params().get(0), first);
            List<Ty> rest = method.sig().params().subList(1, method.sig().params().size());
            if (rest.size() != c.args().size() - 1) {
                argCountError(c, method.sig().params().size(), "function");
            } else {
                for (int i = 0; i < rest.size(); i++) expr(c.args().get(i + 1), rest.get(i));
            }
            return method.sig().ret();
        }
        if (r instanceof Res.TypeParamFn f) {
            // `T::new(…)`: in the body checked once, a function of T's bounds; in an instance, the type's own.
            Ty param = typeParam(f.param());
            TypeTable.TraitMethod method = param instanceof Ty.Param tp ? boundMethod(tp, f.name(), p.span())
                    : param instanceof Ty.Error ? null : traitMethod(param.display(), f.name(), p.span());
            if (method == null && f.name().equals("default") && DeriveChecker.isDefaultable(param)) {
                // `T::default()` with `T: Default`: the default of T's type (in an instance, its own impl if any).
                Ty concrete = param;
                if (param instanceof Ty.Adt a && a.def().defaultFn() != null || param instanceof Ty.Enum e && e.def().defaultFn() != null) {
                    table.traitFnCalls.put(c, traitMethod(param.display(), "default", p.span()).sig());
                } else {
                    table.defaultCalls.add(c);
                }
                return concrete;
            }
            if (method == null) {
                diags.error("E0599", "no function or associated item named `" + f.name() + "` found for type parameter `"
                        + f.param() + "` in the current scope", p.span(), "function or associated item not found in `"
                        + f.param() + "`");
                c.args().forEach(a -> exprHint(a, null));
                return infer.error();
            }
            table.traitFnCalls.put(c, method.sig());
            return callSig(c, method.sig(), c.args(), "function");
        }
        if (r instanceof Res.TraitFn f) {
            TypeTable.TraitMethod method = traitMethod(f.owner().name(), f.name(), p.span());
            if (method == null) { // the impl that would give it had an error
                c.args().forEach(a -> exprHint(a, null));
                return infer.error();
            }
            table.traitFnCalls.put(c, method.sig());
            return callSig(c, method.sig(), c.args(), "function");
        }
        if (r instanceof Res.Variant v) {
            EnumDef def = table.enumDefs.get(v.item());
            if (v.variant().shape() != Item.Shape.TUPLE) {
                diags.error(v.variant().shape() == Item.Shape.UNIT ? "E0618" : "E0533", (v.variant().shape() == Item.Shape.UNIT
                        ? "expected function, found enum variant `" : "expected function, tuple struct or tuple variant, found struct variant `")
                        + variantName(v) + "`", p.span(), "");
                c.args().forEach(a -> exprHint(a, null));
                return new Ty.Enum(def);
            }
            Ty whole = fresh(table.declaredType(v.item()));
            List<Ty> params = fieldTypes(def.variants().get(v.index()), whole);
            return callSig(c, new FnSig(variantName(v), params, whole), c.args(), "enum variant");
        }
        if (r instanceof Res.StructCtor s) {
            StructDef def = table.structDefs.get(s.item());
            if (s.item().shape() != Item.Shape.TUPLE) {
                diags.error("E0618", "expected function, found struct `" + def.name() + "`", p.span(), "");
                return new Ty.Adt(def);
            }
            Ty whole = fresh(table.declaredType(s.item()));
            List<Ty> params = fieldTypes(def, whole);
            return callSig(c, new FnSig(def.name(), params, whole), c.args(), "struct");
        }
        if (r instanceof Res.BuiltinFn b && b.builtin() == Builtin.DEFAULT) {
            if (!c.args().isEmpty()) argCountError(c, 0, "function");
            Ty t = expected != null ? expected : infer.fresh();
            table.defaultCalls.add(c);
            pendingDefaults.add(new PendingDefault(c, t));
            return t;
        }
        if (r instanceof Res.DefaultOf d) {
            if (!c.args().isEmpty()) argCountError(c, 0, "function");
            table.defaultCalls.add(c);
            return fresh(table.declaredType(d.type()));
        }
        if (r instanceof Res.BuiltinFn b) {
            if (c.args().size() != b.builtin().arity()) {
                argCountError(c, b.builtin().arity(), "function");
                c.args().forEach(a -> exprHint(a, null));
                return infer.error();
            }
            Expr arg = c.args().get(0);
            return switch (b.builtin()) {
                case MEM_SWAP, MEM_REPLACE -> memFunction(b.builtin(), c);
                case MEM_TAKE -> {
                    Ty ref = infer.shallow(exprHint(arg, null));
                    if (!(ref instanceof Ty.Ref rr) || !rr.mutable()) {
                        if (!infer.isError(ref)) {
                            diags.error("E0308", "mismatched types", arg.span(), "expected `&mut _`, found " + described(ref));
                        }
                        yield infer.error();
                    }
                    pendingDefaults.add(new PendingDefault(c, rr.inner()));
                    yield rr.inner();
                }
                case DEFAULT -> throw new IllegalStateException("Default::default is handled above");
                case CMP_MAX, CMP_MIN -> cmpFunction(b.builtin(), c, expected);
                case BOX_NEW -> new Ty.Boxed(expr(arg,
                        expected != null && infer.shallow(expected) instanceof Ty.Boxed bx ? bx.inner() : null));
                case DROP -> {
                    exprHint(arg, null);
                    yield Ty.UNIT;
                }
                case BLACK_BOX -> exprHint(arg, expected);
            };
        }
        Ty t = path(p);
        record(p, t);
        diags.error("E0618", "expected function, found `" + show(t) + "`", p.span(), "call expression requires function");
        c.args().forEach(a -> exprHint(a, null));
        return infer.error();
    }

    /**
     * {@code mem::swap(&mut T, &mut T)} and {@code mem::replace(&mut T, T) -> T}: the first argument
     * is a {@code &mut} reference, the second the same reference type or its referent type.
     */
    private Ty memFunction(Builtin builtin, Expr.Call c) {
        Ty first = exprHint(c.args().get(0), null);
        Ty s = infer.shallow(first);
        if (infer.isError(s)) {
            exprHint(c.args().get(1), null);
            return builtin == Builtin.MEM_SWAP ? Ty.UNIT : infer.error();
        }
        if (!(s instanceof Ty.Ref r) || !r.mutable()) {
            diags.error("E0308", "mismatched types", c.args().get(0).span(), "expected `&mut _`, found " + described(first));
            exprHint(c.args().get(1), null);
            return builtin == Builtin.MEM_SWAP ? Ty.UNIT : infer.error();
        }
        if (builtin == Builtin.MEM_SWAP) {
            expr(c.args().get(1), first);
            return Ty.UNIT;
        }
        expr(c.args().get(1), r.inner());
        return r.inner();
    }

    /** {@code std::cmp::max(a, b)} / {@code min}: two values of one Ord type (jrustc: integers, char, bool). */
    private Ty cmpFunction(Builtin builtin, Expr.Call c, Ty expected) {
        Ty first = exprHint(c.args().get(0), expected);
        expr(c.args().get(1), first);
        Ty s = infer.shallow(first);
        if (infer.isError(s) || infer.isInteger(s) || s instanceof Ty.Char || s instanceof Ty.Bool) return first;
        if (infer.isFloat(s)) {
            diags.error("E0277", "the trait bound `" + show(first) + ": Ord` is not satisfied", c.args().get(0).span(),
                    "the trait `Ord` is not implemented for `" + show(first) + "`");
        } else {
            unsupported("`std::cmp::" + (builtin == Builtin.CMP_MAX ? "max" : "min") + "` on `" + show(first) + "`",
                    c.span());
        }
        return infer.error();
    }

    /**
     * A call of a generic function: each type parameter becomes an inference variable, which the
     * arguments (and the expected result) determine; the bounds are checked once they are known.
     */
    /** A call of a generic function, its type arguments inferred or written ({@code f::<i32>(…)}). */
    private Ty genericCall(Expr.Call c, Expr.Path path, Item.Fn fn) {
        List<Ty.Param> params = table.typeParams.getOrDefault(fn, List.of());
        if (!path.generics().isEmpty() && !explicitArgumentsFit(path, params)) {
            c.args().forEach(a -> exprHint(a, null));
            return infer.error();
        }
        Map<Ty, Ty> vars = new java.util.HashMap<>();
        List<Ty> args = new ArrayList<>();
        int explicit = 0;
        for (int i = 0; i < params.size(); i++) {
            Ty v = infer.fresh();
            TypeExpr written = path.generics().isEmpty() || isImplTraitParam(params.get(i)) ? null : path.generics().get(explicit++);
            if (written != null && !(written instanceof TypeExpr.Infer)) infer.unify(v, orError(lowerType(written)));
            vars.put(params.get(i), v);
            args.add(v);
        }
        FnSig sig = table.fnSigs.get(fn);
        FnSig instance = sig.withTypes(sig.symbol(), sig.params().stream().map(t -> Generics.substitute(t, vars)).toList(),
                Generics.substitute(sig.ret(), vars));
        genericCalls.add(new PendingGenericCall(c, fn, params, args));
        Ty result = callSig(c, instance, c.args(), "function");
        // `C::Count` of the argument's type, once the argument told what C is.
        return Generics.isAbstract(result) || !(infer.deep(result) instanceof Ty.Projection) ? result
                : table.normalize(infer.deep(result));
    }

    /**
     * Whether {@code f::<…>} gives one type per declared type parameter of {@code fn} (E0107); the
     * parameters of its {@code impl Trait} arguments are not written, always inferred.
     */
    private boolean explicitArgumentsFit(Expr.Path path, List<Ty.Param> params) {
        int given = path.generics().size();
        int declared = (int) params.stream().filter(p -> !isImplTraitParam(p)).count();
        if (given == declared) return true;
        Span name = path.isSingle() ? new Span(path.span().start(), path.span().start() + path.last().length()) : path.span();
        diags.error("E0107", "function takes " + declared + " generic argument" + (declared == 1 ? "" : "s") + " but "
                + given + " generic argument" + (given == 1 ? " was" : "s were") + " supplied", name,
                "expected " + declared + " generic argument" + (declared == 1 ? "" : "s"));
        return false;
    }

    private static boolean isImplTraitParam(Ty.Param p) { return p.name().startsWith("impl "); }

    private Ty callSig(Expr.Call c, FnSig callee, List<Expr> args, String what) {
        if (args.size() != callee.params().size()) {
            argCountError(c, callee.params().size(), what);
            args.forEach(a -> exprHint(a, null));
            return callee.ret();
        }
        for (int i = 0; i < args.size(); i++) expr(args.get(i), callee.params().get(i));
        return callee.ret();
    }

    private void argCountError(Expr.Call call, int expected, String what) {
        argCountError(call.span(), expected, call.args().size(), what);
    }

    /** E0061: "this function takes 2 arguments but 1 argument was supplied". */
    private void argCountError(Span span, int expected, int given, String what) {
        diags.error("E0061", "this " + what + " takes " + expected + " argument" + (expected == 1 ? "" : "s") + " but "
                + given + " argument" + (given == 1 ? " was" : "s were") + " supplied", span, "");
    }

    private Ty methodCall(Expr.MethodCall m) {
        Ty receiver = exprHint(m.receiver(), null);
        Ty t = infer.shallow(receiver);
        int derefs = 0;
        while (true) {
            String typeName = t instanceof Ty.Adt a ? a.def().name() : t instanceof Ty.Enum e ? e.def().name()
                    : t instanceof Ty.Param p ? p.name() : primitiveWithTraitMethod(t, m.method());
            if (typeName != null) {
                Item.Fn method = t instanceof Ty.Param ? null : inherentMethod(typeName, m.method(), t);
                FnSig callee = method == null ? null : table.fnSigs.get(method);
                if (method == null) {
                    TypeTable.TraitMethod fromTrait = t instanceof Ty.Param p ? boundMethod(p, m.method(), m.methodSpan())
                            : traitMethod(typeName, m.method(), m.methodSpan());
                    if (fromTrait != null) {
                        method = fromTrait.fn();
                        callee = fromTrait.sig();
                    }
                }
                Ty owner = method == null ? null : table.methodOwners.get(method);
                if (owner != null && callee != null && (Generics.isAbstract(owner) || method.isGeneric())) {
                    // A method of `impl<T> Pair<T>` on a `Pair<i32>`, or a generic method: its instance for
                    // the receiver's type arguments and its own, inferred like a generic function's.
                    List<Ty.Param> params = new ArrayList<>(Generics.isAbstract(owner) ? ownerParams(owner) : List.of());
                    List<Ty> args = new ArrayList<>(Generics.isAbstract(owner) ? argumentList(t) : List.of());
                    for (Ty.Param p : table.typeParams.getOrDefault(method, List.of())) {
                        params.add(p);
                        args.add(infer.fresh());
                    }
                    callee = substitute(callee, Monomorphizer.substitution(params, args));
                    genericCalls.add(new PendingGenericCall(m, method, params, args));
                }
                if (method != null) {
                    if (method.self() == null) {
                        diags.error("E0599", "no method named `" + m.method() + "` found for "
                                + (t instanceof Ty.Enum ? "enum `" : "struct `") + typeName
                                + "` in the current scope", m.methodSpan(), "this is an associated function, not a method");
                        m.args().forEach(x -> exprHint(x, null));
                        return callee.ret();
                    }
                    TypeTable.AutoRef autoRef = switch (method.self().kind()) {
                        case VALUE -> TypeTable.AutoRef.NONE;
                        case REF -> TypeTable.AutoRef.REF;
                        case REF_MUT -> TypeTable.AutoRef.REF_MUT;
                    };
                    table.methodCalls.put(m, new TypeTable.MethodCallInfo(callee, null, derefs, autoRef));
                    List<Ty> params = callee.params().subList(1, callee.params().size());
                    if (m.args().size() != params.size()) {
                        argCountError(m.span(), params.size(), m.args().size(), "method");
                        m.args().forEach(x -> exprHint(x, null));
                    } else {
                        for (int i = 0; i < params.size(); i++) expr(m.args().get(i), params.get(i));
                    }
                    return callee.ret();
                }
            }
            if (m.method().equals("drop") && m.args().isEmpty()
                    && (t instanceof Ty.Adt a && a.def().dropFn() != null || t instanceof Ty.Enum e && e.def().dropFn() != null)) {
                diags.error("E0040", "explicit use of destructor method", m.methodSpan(), "explicit destructor calls not allowed");
                return Ty.UNIT;
            }
            boolean userClone = t instanceof Ty.Ref r0 && traitMethodOf(infer.shallow(r0.inner()), "clone") != null;
            if (m.method().equals("clone") && m.args().isEmpty() && !userClone) {
                // Method probing as rustc: `Clone::clone` takes `&Self`, so a receiver `&X` with X: Clone
                // clones X; otherwise the receiver itself is auto-referenced and cloned.
                if (t instanceof Ty.Ref r && !r.mutable() && isCloneable(infer.shallow(r.inner()))) {
                    table.methodCalls.put(m, new TypeTable.MethodCallInfo(null, TypeTable.BuiltinMethod.CLONE,
                            derefs + 1, TypeTable.AutoRef.REF));
                    return r.inner();
                }
                if (isCloneable(t)) {
                    table.methodCalls.put(m, new TypeTable.MethodCallInfo(null, TypeTable.BuiltinMethod.CLONE,
                            derefs, TypeTable.AutoRef.REF));
                    return t;
                }
            }
            IntMethodSignatures.Signature intMethod = IntMethodSignatures.of(m.method());
            boolean ordMethod = m.method().equals("min") || m.method().equals("max") || m.method().equals("clamp");
            if (ordMethod && infer.isIntegerVar(t)) {
                // Ord's methods apply before the integer's type is known: it is their arguments' type too.
                table.methodCalls.put(m, new TypeTable.MethodCallInfo(null, TypeTable.BuiltinMethod.INT_METHOD, derefs,
                        TypeTable.AutoRef.NONE));
                int count = m.method().equals("clamp") ? 2 : 1;
                if (m.args().size() != count) {
                    argCountError(m.span(), count, m.args().size(), "method");
                    m.args().forEach(x -> exprHint(x, null));
                } else {
                    Ty self = t;
                    m.args().forEach(x -> expr(x, self));
                }
                return t;
            }
            if (ordMethod && (t instanceof Ty.Char || t instanceof Ty.Bool || t instanceof Ty.Adt || t instanceof Ty.Enum
                    || t instanceof Ty.Tuple) && comparable(t, true)) {
                unsupported("`Ord::" + m.method() + "` on `" + show(t) + "`", m.methodSpan());
                return infer.error();
            }
            if (intMethod != null && infer.isIntegerVar(t)) {
                diags.error("E0689", "can't call method `" + m.method() + "` on ambiguous numeric type `{integer}`",
                        m.methodSpan(), "");
                m.args().forEach(x -> exprHint(x, null));
                return infer.error();
            }
            if (intMethod != null && t instanceof Ty.Int it && intMethod.appliesTo(it.kind())) {
                table.methodCalls.put(m, new TypeTable.MethodCallInfo(null, TypeTable.BuiltinMethod.INT_METHOD, derefs,
                        TypeTable.AutoRef.NONE));
                List<IntMethodSignatures.Shape> params = intMethod.params();
                if (m.args().size() != params.size()) {
                    argCountError(m.span(), params.size(), m.args().size(), "method");
                    m.args().forEach(x -> exprHint(x, null));
                } else {
                    for (int i = 0; i < params.size(); i++) {
                        expr(m.args().get(i), IntMethodSignatures.type(params.get(i), it.kind()));
                    }
                }
                return IntMethodSignatures.type(intMethod.result(), it.kind());
            }
            FloatMethods.Signature floatMethod = FloatMethods.of(m.method());
            if (floatMethod != null && infer.isFloatVar(t)) {
                diags.error("E0689", "can't call method `" + m.method() + "` on ambiguous numeric type `{float}`",
                        m.methodSpan(), "");
                m.args().forEach(x -> exprHint(x, null));
                return infer.error();
            }
            if (floatMethod != null && t instanceof Ty.Float) {
                table.methodCalls.put(m, new TypeTable.MethodCallInfo(null, TypeTable.BuiltinMethod.FLOAT_METHOD, derefs,
                        TypeTable.AutoRef.NONE));
                if (m.args().size() != floatMethod.params().size()) {
                    argCountError(m.span(), floatMethod.params().size(), m.args().size(), "method");
                    m.args().forEach(x -> exprHint(x, null));
                } else {
                    for (int i = 0; i < m.args().size(); i++) {
                        expr(m.args().get(i), FloatMethods.type(floatMethod.params().get(i), t));
                    }
                }
                return FloatMethods.type(floatMethod.result(), t);
            }
            Ty charResult = t instanceof Ty.Char && m.args().isEmpty() ? CharMethods.resultOf(m.method()) : null;
            if (charResult != null) {
                table.methodCalls.put(m, new TypeTable.MethodCallInfo(null, TypeTable.BuiltinMethod.CHAR_METHOD, derefs,
                        TypeTable.AutoRef.NONE));
                return charResult;
            }
            if (t instanceof Ty.Array && m.args().isEmpty() && (m.method().equals("len") || m.method().equals("is_empty"))) {
                boolean len = m.method().equals("len");
                table.methodCalls.put(m, new TypeTable.MethodCallInfo(null,
                        len ? TypeTable.BuiltinMethod.ARRAY_LEN : TypeTable.BuiltinMethod.ARRAY_IS_EMPTY, derefs,
                        TypeTable.AutoRef.NONE));
                return len ? Ty.USIZE : Ty.BOOL;
            }
            if (t instanceof Ty.Ref r && infer.shallow(r.inner()) instanceof Ty.Str && m.args().isEmpty()
                    && (m.method().equals("len") || m.method().equals("is_empty"))) {
                boolean len = m.method().equals("len");
                table.methodCalls.put(m, new TypeTable.MethodCallInfo(null,
                        len ? TypeTable.BuiltinMethod.STR_LEN : TypeTable.BuiltinMethod.STR_IS_EMPTY, derefs,
                        TypeTable.AutoRef.NONE));
                return len ? Ty.USIZE : Ty.BOOL;
            }
            Ty next = derefTarget(t);
            if (next == null) break;
            t = infer.shallow(next);
            derefs++;
        }
        m.args().forEach(x -> exprHint(x, null));
        Ty base = infer.shallow(receiver);
        if (base instanceof Ty.Var && !infer.isIntegerVar(base)) {
            if (!infer.isError(base)) diags.error("E0282", "type annotations needed", m.receiver().span(), "");
            return infer.error();
        }
        Ty start = infer.shallow(receiver);
        while (derefTarget(start) != null) start = infer.shallow(derefTarget(start));
        boolean intMethodForOtherKind = start instanceof Ty.Int && IntMethodSignatures.of(m.method()) != null;
        if (!intMethodForOtherKind && StdMethods.isKnown(start, infer.isIntegerVar(start), m.method())) {
            unsupported("the standard library's method `" + m.method() + "` on `" + show(start) + "`", m.methodSpan());
            return infer.error();
        }
        Ty named = infer.shallow(receiver);
        String kind = named instanceof Ty.Ref ? "reference" : named instanceof Ty.Adt ? "struct" : named instanceof Ty.Enum ? "enum"
                : named instanceof Ty.Param ? "type parameter" : "type";
        diags.error("E0599", "no method named `" + m.method() + "` found for " + kind + " `" + show(receiver)
                + "` in the current scope", m.methodSpan(), "method not found in `" + show(receiver) + "`");
        return infer.error();
    }

    /** The types whose {@code clone} jrustc provides: the Copy ones, where cloning is copying. */
    /**
     * The method {@code name} a type has from a trait it implements, or null; E0034 when two traits
     * give it one (Rust would need the caller to say which).
     */
    private TypeTable.TraitMethod traitMethod(String typeName, String name, Span span) {
        List<TypeTable.TraitMethod> found = table.traitMethods.getOrDefault(typeName, Map.of()).getOrDefault(name, List.of());
        if (found.size() > 1) {
            diags.error("E0034", "multiple applicable items in scope", span, "multiple `" + name + "` found");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** What a type parameter's name stands for in this body; {@code Self} in a trait's method is the implementing type. */
    private Ty typeParam(String name) {
        return name.equals("Self") && !typeEnv.containsKey(name) ? self : typeEnv.get(name);
    }

    /**
     * {@code T::NAME}: in a body checked once, a constant declared by one of T's bounds; in an
     * instance, the constant of T's type (its impl's, or its trait's default), recorded for MIR.
     */
    private Ty typeParamConst(Expr.Path p, Res.TypeParamConst c) {
        Ty param = typeParam(c.param());
        if (param instanceof Ty.Param tp) {
            for (String bound : tp.bounds()) {
                Item.Trait trait = table.resolution.items.traits.get(bound);
                if (trait == null) continue;
                for (Item.Const declared : trait.consts()) if (declared.name().equals(c.name())) return lowerType(declared.type());
            }
        } else if (param != null && !(param instanceof Ty.Error)) {
            Item.Const item = assocConst(param, c.name());
            if (item != null && table.consts.containsKey(item)) {
                table.typeParamConsts.put(p, item);
                return table.consts.get(item).type();
            }
            if (item != null) return infer.error(); // its own evaluation failed and was reported
        } else {
            return infer.error();
        }
        diags.error("E0599", "no associated item named `" + c.name() + "` found for type parameter `" + c.param()
                + "` in the current scope", new Span(p.span().end() - c.name().length(), p.span().end()),
                "associated item not found in `" + c.param() + "`");
        return infer.error();
    }

    /** The constant {@code name} a type has from its impls: an impl's own, else its trait's default; or null. */
    private Item.Const assocConst(Ty t, String name) {
        String key = t instanceof Ty.Adt a ? a.def().name() : t instanceof Ty.Enum e ? e.def().name() : t.display();
        List<Item.Impl> impls = table.resolution.items.implsOf(key);
        for (Item.Impl impl : impls) {
            for (Item.Const c : impl.consts()) if (c.name().equals(name)) return c;
        }
        for (Item.Impl impl : impls) {
            Item.Trait trait = impl.traitName() == null ? null : table.resolution.items.traits.get(impl.traitName());
            if (trait == null) continue;
            for (Item.Const c : trait.consts()) if (c.name().equals(name) && c.value() != null) return c;
        }
        return null;
    }

    /** The method {@code name} of one of a type parameter's bounds, {@code Self} being the parameter; or null. */
    private TypeTable.TraitMethod boundMethod(Ty.Param p, String name, Span span) {
        List<TypeTable.TraitMethod> found = new ArrayList<>();
        for (String bound : p.bounds()) {
            Item.Trait trait = table.resolution.items.traits.get(bound);
            if (trait == null) continue;
            for (Item.Fn fn : trait.methods()) {
                if (fn.name().equals(name)) found.add(new TypeTable.TraitMethod(p, bound, fn, traits.signatureOf(fn, p, bound)));
            }
        }
        if (found.size() > 1) diags.error("E0034", "multiple applicable items in scope", span, "multiple `" + name + "` found");
        return found.isEmpty() ? null : found.get(0);
    }

    /** The method {@code name} of trait {@code trait} that type {@code t} implements, or null. */
    private TypeTable.TraitMethod traitMethodOfTrait(Ty t, String trait, String name) {
        for (TypeTable.TraitMethod m : table.traitMethods.getOrDefault(t.display(), Map.of()).getOrDefault(name, List.of())) {
            if (m.trait().equals(trait)) return m;
        }
        return null;
    }

    /**
     * The name of a primitive type that has method {@code name} from one of the program's traits
     * ({@code impl Describe for i32}); an integer literal whose type is not known yet takes the one
     * integer type that has it. Null when there is none.
     */
    private String primitiveWithTraitMethod(Ty t, String name) {
        if (infer.isIntegerVar(t)) {
            List<String> kinds = new ArrayList<>();
            for (IntKind kind : IntKind.values()) {
                if (table.traitMethods.getOrDefault(kind.rustName(), Map.of()).containsKey(name)) kinds.add(kind.rustName());
            }
            if (kinds.size() != 1 || !infer.unify(t, new Ty.Int(IntKind.fromName(kinds.get(0))))) return null;
            return kinds.get(0);
        }
        boolean primitive = t instanceof Ty.Int || t instanceof Ty.Float || t instanceof Ty.Bool || t instanceof Ty.Char;
        return primitive && table.traitMethods.getOrDefault(t.display(), Map.of()).containsKey(name) ? t.display() : null;
    }

    private TypeTable.TraitMethod traitMethodOf(Ty t, String name) {
        if (!(t instanceof Ty.Adt) && !(t instanceof Ty.Enum)) return null;
        List<TypeTable.TraitMethod> found = table.traitMethods.getOrDefault(t.display(), Map.of()).getOrDefault(name, List.of());
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean isCloneable(Ty t) {
        return infer.isIntegerVar(t) || infer.isFloatVar(t) || DeriveChecker.isCloneable(infer.deep(t));
    }

    /** A match to check for exhaustiveness once the types are final, or a let whose pattern must be irrefutable. */
    private record PatternCheck(Expr.Match match, Stmt.Let let, Ty type) {}

    private final List<PatternCheck> patternChecks = new ArrayList<>();
    /** Or-patterns matched by value: their bindings must not move (each alternative binds on its own path). */
    private final List<Pat.Or> orAlternatives = new ArrayList<>();

    /**
     * {@code match}: every arm's pattern is checked against the scrutinee's type, its guard is a
     * bool, and the arms' values have one type (the expected one, or the first arm's), as the
     * branches of an {@code if} do.
     */
    private Ty matchExpr(Expr.Match m, Ty expected) {
        Ty scrutinee = exprHint(m.scrutinee(), null);
        boolean outer = diverges;
        boolean allDiverge = true; // a match without arms (on `!`) diverges
        Ty result = null;
        for (Expr.Arm arm : m.arms()) {
            diverges = false;
            bindPattern(arm.pat(), scrutinee);
            if (arm.guard() != null) expr(arm.guard(), Ty.BOOL);
            boolean guardDiverges = diverges;
            diverges = false;
            Ty t;
            if (expected != null) {
                t = expr(arm.body(), expected);
            } else {
                t = exprHint(arm.body(), result);
                boolean never = infer.shallow(t) instanceof Ty.Never;
                if (result == null || infer.shallow(result) instanceof Ty.Never) {
                    result = t;
                } else if (!never && !infer.unify(result, t)) {
                    diags.error("E0308", "`match` arms have incompatible types", blockTailSpan(arm.body()),
                            "expected " + described(result) + ", found " + described(t));
                }
            }
            allDiverge &= diverges || guardDiverges;
        }
        patternChecks.add(new PatternCheck(m, null, scrutinee));
        diverges = outer || allDiverge;
        if (expected != null) return m.arms().isEmpty() ? Ty.NEVER : expected;
        return result != null ? result : Ty.NEVER;
    }

    /** Each element is a coercion site for the matching element of an expected tuple type. */
    private Ty tuple(Expr.Tuple t, Ty expected) {
        List<Ty> hints = infer.shallow(expected) instanceof Ty.Tuple et && et.elements().size() == t.elements().size()
                ? et.elements() : null;
        List<Ty> elements = new ArrayList<>();
        for (int i = 0; i < t.elements().size(); i++) {
            Expr element = t.elements().get(i);
            elements.add(hints != null ? expr(element, hints.get(i)) : exprHint(element, null));
        }
        return new Ty.Tuple(List.copyOf(elements));
    }

    /** {@code [a, b, c]}: every element is a coercion site for the first one's type (or the expected element type). */
    private Ty array(Expr.Array a, Ty expected) {
        Ty element = infer.shallow(expected) instanceof Ty.Array ea ? ea.element() : null;
        for (Expr e : a.elements()) {
            element = element == null ? exprHint(e, null) : expr(e, element);
        }
        return new Ty.Array(element == null ? infer.fresh() : element, a.elements().size());
    }

    /** {@code [value; N]}: the value is copied into every element, so it must be Copy when N > 1. */
    private Ty arrayRepeat(Expr.ArrayRepeat r, Ty expected) {
        Ty hint = infer.shallow(expected) instanceof Ty.Array ea ? ea.element() : null;
        Ty element = hint != null ? expr(r.value(), hint) : exprHint(r.value(), null);
        Integer length = lowering.arrayLength(r.count());
        if (length == null) return infer.error();
        Ty s = infer.shallow(element);
        if (length > 1 && !infer.isError(s) && !(s instanceof Ty.Var) && !s.isCopy()) {
            diags.report(Diagnostic.error("E0277", "the trait bound `" + show(element) + ": Copy` is not satisfied",
                    r.value().span(), "the trait `Copy` is not implemented for `" + show(element) + "`")
                    .withNote("note: the `Copy` trait is required because this value will be copied for each element of the array"));
        }
        Ty array = new Ty.Array(element, length);
        if (!TypeLowering.fitsInMemory(array)) {
            diags.error(null, "values of the type `" + show(array) + "` are too big for jrustc", r.span(), "");
            return infer.error();
        }
        return array;
    }

    /** {@code base[index]}: the base is auto-dereferenced to an array; the index is a usize. */
    private Ty index(Expr.Index i) {
        Ty base = exprHint(i.base(), null);
        Ty t = infer.shallow(base);
        int derefs = 0;
        while (!(t instanceof Ty.Array) && derefTarget(t) != null) {
            t = infer.shallow(derefTarget(t));
            derefs++;
        }
        Ty index = exprHint(i.index(), Ty.USIZE);
        if (infer.isError(t) || infer.isError(base)) return infer.error();
        if (!(t instanceof Ty.Array array)) {
            if (i.index() instanceof Expr.Range) return infer.error(); // refused as a range outside `for`
            diags.error("E0608", "cannot index into a value of type `" + show(base) + "`", i.span(), "");
            return infer.error();
        }
        if (!infer.isError(index) && !infer.unify(index, Ty.USIZE)) {
            diags.error("E0277", "the type `[" + show(array.element()) + "]` cannot be indexed by `" + show(index) + "`",
                    i.index().span(), "slice indices are of type `usize` or ranges of `usize`");
        }
        table.indexDerefs.put(i, derefs);
        return array.element();
    }

    /** A reference to a tuple, maybe through more references. */
    private boolean refersToTuple(Ty.Ref r) {
        Ty t = infer.shallow(r.inner());
        while (t instanceof Ty.Ref inner) t = infer.shallow(inner.inner());
        return t instanceof Ty.Tuple;
    }

    private Ty field(Expr.Field f) {
        Ty base = exprHint(f.base(), null);
        Ty t = infer.shallow(base);
        int derefs = 0;
        while (true) {
            if (t instanceof Ty.Adt a) {
                int index = a.def().fieldIndex(f.name());
                if (index >= 0) {
                    table.fieldAccesses.put(f, new TypeTable.FieldAccess(derefs, a.def(), index));
                    return Generics.substitute(a.def().fields().get(index).type(), argumentsOf(a));
                }
            }
            if (t instanceof Ty.Tuple tu) {
                int index = tupleIndex(f.name(), tu.elements().size());
                if (index >= 0) {
                    table.fieldAccesses.put(f, new TypeTable.FieldAccess(derefs, null, index));
                    return tu.elements().get(index);
                }
            }
            Ty next = derefTarget(t);
            if (next == null) break;
            t = infer.shallow(next);
            derefs++;
        }
        Ty own = infer.shallow(base);
        if (infer.isError(own) || infer.isError(t)) return infer.error();
        if (own instanceof Ty.Int || own instanceof Ty.Bool || own instanceof Ty.Char || infer.isIntegerVar(own)) {
            diags.error("E0610", "`" + show(own) + "` is a primitive type and therefore doesn't have fields",
                    f.nameSpan(), "");
        } else if (own instanceof Ty.Var) {
            diags.error("E0282", "type annotations needed", f.base().span(), "");
        } else if ((t instanceof Ty.Adt || t instanceof Ty.Enum) && (table.resolution.items.inherentFn(t.display(), f.name()) != null
                || traitMethodOf(t, f.name()) != null)) {
            diags.error("E0615", "attempted to take value of method `" + f.name() + "` on type `" + show(base) + "`",
                    f.nameSpan(), "method, not a field");
        } else {
            diags.error("E0609", "no field `" + f.name() + "` on type `" + show(base) + "`", f.nameSpan(), "unknown field");
        }
        return infer.error();
    }

    /** The element a tuple field name such as {@code 1} selects, or -1 ({@code 01} and {@code 1e0} select none). */
    private static int tupleIndex(String name, int arity) {
        if (!name.matches("0|[1-9][0-9]{0,8}")) return -1;
        int index = Integer.parseInt(name);
        return index < arity ? index : -1;
    }

    private Ty assign(Expr.Assign a) {
        if (assignsToStatic(a.place(), a.span())) {
            exprHint(a.value(), null);
            return Ty.UNIT;
        }
        if (!isAssignee(a.place()) || namesAnItem(a.place())) {
            diags.error("E0070", "invalid left-hand side of assignment", a.span(), "cannot assign to this expression");
            exprHint(a.value(), null);
            return Ty.UNIT;
        }
        markAssignees(a.place());
        Ty place = exprHint(a.place(), null);
        expr(a.value(), place);
        return Ty.UNIT;
    }

    /** Reports E0594 when {@code place} names a static: statics are immutable in this subset. */
    boolean assignsToStatic(Expr place, Span assignment) {
        if (!(place instanceof Expr.Path p && table.resolution.paths.get(p) instanceof Res.Const c && c.item().isStatic())) {
            return false;
        }
        Item.Const s = c.item();
        diags.report(Diagnostic.error("E0594", "cannot assign to immutable static item `" + s.name() + "`", assignment,
                "cannot assign").withLabel(new Label(new Span(s.span().start(), s.type().span().end()),
                "this `static` cannot be written to")));
        return true;
    }

    /** The {@code _}s on the left of a {@code =}: the one place where an underscore expression is allowed. */
    private final java.util.Set<Expr> assignees = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void markAssignees(Expr place) {
        if (place instanceof Expr.Underscore) assignees.add(place);
        if (place instanceof Expr.Tuple t) t.elements().forEach(this::markAssignees);
    }

    /** What may stand left of `=` syntactically: a name, a field, a deref, {@code _}, or a tuple of those (destructuring). */
    /** A path to a constant or function: a value, not a place ({@code X = 6} is E0070). */
    boolean namesAnItem(Expr e) {
        return e instanceof Expr.Path p && table.resolution.paths.get(p) != null
                && !(table.resolution.paths.get(p) instanceof Res.Local);
    }

    static boolean isAssignee(Expr e) {
        return e instanceof Expr.Path || e instanceof Expr.Field || e instanceof Expr.Index || e instanceof Expr.Underscore
                || e instanceof Expr.Unary u && u.op() == Expr.UnOp.DEREF
                || e instanceof Expr.Tuple t && !t.elements().isEmpty() && t.elements().stream().allMatch(BodyChecker::isAssignee);
    }

    private Ty ifExpr(Expr.If i, Ty expected) {
        expr(i.cond(), Ty.BOOL);
        boolean outer = diverges;
        if (i.elseExpr() == null) {
            diverges = false;
            if (expected != null && !(infer.shallow(expected) instanceof Ty.Var) && !infer.unify(expected, Ty.UNIT)) {
                block(i.then(), null);
                diags.error("E0317", "`if` may be missing an `else` clause", i.span(),
                        "expected `" + show(expected) + "`, found `()`");
                diverges = outer;
                return expected;
            }
            block(i.then(), Ty.UNIT);
            diverges = outer;
            return Ty.UNIT;
        }
        diverges = false;
        Ty thenType = block(i.then(), expected);
        boolean thenDiverges = diverges;
        diverges = false;
        Ty thenShallow = infer.shallow(thenType);
        Ty elseOwn = exprHint(i.elseExpr(), expected);
        boolean elseDiverges = diverges;
        if (expected != null) {
            coerce(i.elseExpr(), elseOwn, expected, blockTailSpan(i.elseExpr()));
        } else if (!(thenShallow instanceof Ty.Never) && !(infer.shallow(elseOwn) instanceof Ty.Never)) {
            if (!infer.unify(thenType, elseOwn)) {
                diags.error("E0308", "`if` and `else` have incompatible types", blockTailSpan(i.elseExpr()),
                        "expected " + described(thenType) + ", found " + described(elseOwn));
            }
        }
        diverges = outer || (thenDiverges && elseDiverges);
        if (thenShallow instanceof Ty.Never) return elseOwn;
        return thenType;
    }

    private static Span blockTailSpan(Expr e) {
        if (e instanceof Expr.BlockExpr b && b.block().tail() != null) return b.block().tail().span();
        return e.span();
    }

    private Ty loop(Expr.Loop l, Ty expected) {
        LoopContext ctx = new LoopContext(l.label(), "loop", expected != null ? expected : infer.fresh());
        boolean outer = diverges;
        loops.push(ctx);
        block(l.body(), Ty.UNIT);
        loops.pop();
        diverges = outer || !ctx.hasBreak;
        return ctx.hasBreak ? ctx.breakType : Ty.NEVER;
    }

    private Ty forLoop(Expr.For f) {
        Ty element;
        if (f.iterable() instanceof Expr.Range r && r.lo() != null && r.hi() != null) {
            Ty lo = expr(r.lo(), null);
            Ty hi = expr(r.hi(), lo);
            infer.unify(lo, hi);
            if (!infer.isInteger(lo)) {
                unsupported("`for` loops over anything but integer ranges", f.iterable().span());
            }
            record(r, lo);
            element = lo;
        } else {
            element = arrayElement(f.iterable());
        }
        bindPattern(f.pat(), element);
        boolean outer = diverges;
        loops.push(new LoopContext(f.label(), "for", Ty.UNIT));
        block(f.body(), Ty.UNIT);
        loops.pop();
        diverges = outer;
        return Ty.UNIT;
    }

    /**
     * The type a {@code for} loop over an array binds: the element for {@code for x in array} (by
     * copy: moving elements out one by one is not supported yet), {@code &T} / {@code &mut T} for
     * {@code for x in &array} / {@code &mut array}.
     */
    private Ty arrayElement(Expr iterable) {
        Ty t = exprHint(iterable, null);
        Ty s = infer.shallow(t);
        if (infer.isError(s)) return infer.error();
        if (s instanceof Ty.Array a) {
            Ty element = infer.shallow(a.element());
            if (!(element instanceof Ty.Var) && !infer.isError(element) && !element.isCopy()) {
                unsupported("moving the elements out of an array in a `for` loop",
                        iterable.span());
                return infer.error();
            }
            return a.element();
        }
        if (s instanceof Ty.Ref r && infer.shallow(r.inner()) instanceof Ty.Array a) return new Ty.Ref(r.mutable(), a.element());
        unsupported("`for` loops over anything but integer ranges and arrays", iterable.span());
        return infer.error();
    }

    private LoopContext findLoop(String label, Span span, String keyword) {
        if (loops.isEmpty()) {
            diags.error("E0268", "`" + keyword + "` outside of a loop" + (keyword.equals("break") ? " or labeled block" : ""),
                    span, "cannot `" + keyword + "` outside of a loop");
            return null;
        }
        if (label == null) return loops.peek();
        for (LoopContext ctx : loops) if (label.equals(ctx.label)) return ctx;
        diags.error("E0426", "use of undeclared label `'" + label + "`", span, "undeclared label `'" + label + "`");
        return null;
    }

    private Ty breakExpr(Expr.Break b) {
        LoopContext ctx = findLoop(b.label(), b.span(), "break");
        if (ctx == null) {
            if (b.value() != null) exprHint(b.value(), null);
            return Ty.NEVER;
        }
        ctx.hasBreak = true;
        if (b.value() != null) {
            if (!ctx.isLoop) {
                diags.error("E0571", "`break` with value from a `" + ctx.kind + "` loop", b.span(),
                        "can only break with a value inside `loop` or breakable block");
                exprHint(b.value(), null);
            } else {
                expr(b.value(), ctx.breakType);
            }
        } else if (ctx.isLoop && !infer.unify(ctx.breakType, Ty.UNIT)) {
            mismatch(b.span(), ctx.breakType, Ty.UNIT);
        }
        return Ty.NEVER;
    }

    private Ty structLit(Expr.StructLit s) {
        Item.Struct item = table.resolution.structLits.get(s);
        Res.Variant variant = table.resolution.structLitVariants.get(s);
        if (item == null && variant == null) {
            s.fields().forEach(f -> exprHint(f.value(), null));
            if (s.base() != null) exprHint(s.base(), null);
            return infer.error();
        }
        EnumDef enumDef = variant == null ? null : table.enumDefs.get(variant.item());
        StructDef def = variant == null ? table.structDefs.get(item) : enumDef.variants().get(variant.index());
        String name = variant == null ? def.name() : variantName(variant);
        Ty whole = fresh(variant == null ? table.declaredType(item) : table.declaredType(variant.item()));
        List<Ty> types = fieldTypes(def, whole);
        Set<String> seen = new HashSet<>();
        for (Expr.FieldInit f : s.fields()) {
            int index = def.fieldIndex(f.name());
            if (index < 0) {
                diags.error(variant == null ? "E0560" : "E0559", (variant == null ? "struct `" : "variant `") + name
                        + "` has no field named `" + f.name() + "`", f.span(), "unknown field");
                exprHint(f.value(), null);
                continue;
            }
            if (!seen.add(f.name())) {
                diags.error("E0062", "field `" + f.name() + "` specified more than once", f.span(), "used more than once");
            }
            expr(f.value(), types.get(index));
        }
        if (s.base() != null && variant != null) {
            diags.error("E0436", "functional record update syntax requires a struct", s.base().span(), "");
            exprHint(s.base(), null);
            return whole;
        }
        if (s.base() != null) {
            expr(s.base(), whole); // `..base`: a value of the same struct gives the fields not written
            return whole;
        }
        List<String> missing = def.fields().stream().map(StructDef.Field::name).filter(n -> !seen.contains(n)).toList();
        boolean unknownField = s.fields().stream().anyMatch(f -> def.fieldIndex(f.name()) < 0);
        if (!missing.isEmpty() && !unknownField) {
            String names = missing.size() == 1 ? "field `" + missing.get(0) + "`"
                    : missing.size() == 2 ? "fields `" + missing.get(0) + "` and `" + missing.get(1) + "`"
                    : "fields `" + missing.get(0) + "`, `" + missing.get(1) + "` and " + (missing.size() - 2) + " other field"
                      + (missing.size() == 3 ? "" : "s");
            diags.error("E0063", "missing " + names + " in initializer of `" + name + "`", pathSpan(s),
                    "missing " + names.replace("field `", "`").replace("fields `", "`"));
        }
        return whole;
    }

    /** {@code t} (a generic struct or enum applied to its declared parameters) with fresh inference variables as arguments. */
    private Ty fresh(Ty t) {
        List<Ty> args = argumentList(t);
        if (args.isEmpty()) return t;
        List<Ty> vars = args.stream().map(a -> (Ty) infer.fresh()).toList();
        return t instanceof Ty.Adt a ? new Ty.Adt(a.def(), vars) : new Ty.Enum(((Ty.Enum) t).def(), vars);
    }

    private static List<Ty> argumentList(Ty t) {
        return t instanceof Ty.Adt a ? a.args() : t instanceof Ty.Enum e ? e.args() : List.of();
    }

    /**
     * The inherent method {@code name} for a receiver of type {@code t}: an impl for one instance of a
     * generic type ({@code impl P<i32>}) only has methods for that instance.
     */
    private Item.Fn inherentMethod(String typeName, String name, Ty t) {
        for (Item.Impl impl : table.resolution.items.implsOf(typeName)) {
            if (impl.traitName() != null) continue;
            for (Item.Fn fn : impl.fns()) {
                if (!fn.name().equals(name)) continue;
                Ty owner = table.methodOwners.get(fn);
                if (owner == null || Generics.isAbstract(owner) || argumentList(owner).isEmpty()
                        || infer.deep(t).equals(owner) || hasVariables(infer.deep(t)) && infer.unify(owner, t)) {
                    return fn;
                }
            }
        }
        return null;
    }

    private static boolean hasVariables(Ty t) {
        if (t instanceof Ty.Var) return true;
        if (t instanceof Ty.Ref r) return hasVariables(r.inner());
        if (t instanceof Ty.Boxed b) return hasVariables(b.inner());
        if (t instanceof Ty.Array a) return hasVariables(a.element());
        if (t instanceof Ty.Tuple tuple) return tuple.elements().stream().anyMatch(BodyChecker::hasVariables);
        return argumentList(t).stream().anyMatch(BodyChecker::hasVariables);
    }

    /** The type parameters of a generic impl's type ({@code Pair<T>}: [T]). */
    private static List<Ty.Param> ownerParams(Ty owner) {
        return argumentList(owner).stream().map(t -> (Ty.Param) t).toList();
    }

    /** What the declaration's type parameters stand for in {@code t} ({@code Pair<i32>}: T → i32). */
    private static Map<Ty, Ty> argumentsOf(Ty t) {
        if (t instanceof Ty.Adt a) return Monomorphizer.substitution(a.def().typeParams(), a.args());
        if (t instanceof Ty.Enum e) return Monomorphizer.substitution(e.def().typeParams(), e.args());
        return Map.of();
    }

    /** The types of a struct's fields, or an enum variant's, in {@code whole} (its type, with arguments). */
    private static List<Ty> fieldTypes(StructDef payload, Ty whole) {
        Map<Ty, Ty> map = argumentsOf(whole);
        return payload.fields().stream().map(f -> Generics.substitute(f.type(), map)).toList();
    }

    private static FnSig substitute(FnSig sig, Map<Ty, Ty> map) {
        return sig.withTypes(sig.symbol(), sig.params().stream().map(t -> Generics.substitute(t, map)).toList(),
                Generics.substitute(sig.ret(), map));
    }

    /**
     * {@code e?} in a function returning {@code Option} (on an {@code Option}) or {@code Result} (on a
     * {@code Result} with the same error type: jrustc has no {@code From} conversions): the value
     * inside {@code Some}/{@code Ok}. Elsewhere rustc's E0277.
     */
    private Ty tryOperator(Expr.Try t) {
        Ty operand = infer.shallow(exprHint(t.operand(), null));
        if (infer.isError(operand)) return infer.error();
        String kind = operand instanceof Ty.Enum e && isPrelude(e.def(), "Option") ? "Option"
                : operand instanceof Ty.Enum e && isPrelude(e.def(), "Result") ? "Result" : null;
        if (kind == null) {
            diags.error("E0277", "the `?` operator can only be applied to values that implement `Try`", t.span(),
                    "the `?` operator cannot be applied to type `" + show(operand) + "`");
            return infer.error();
        }
        List<Ty> args = ((Ty.Enum) operand).args();
        unusedResults.add(args.get(0));
        Ty returned = infer.shallow(sig.ret());
        boolean fits = returned instanceof Ty.Enum r && r.def() == ((Ty.Enum) operand).def();
        if (!fits) {
            diags.error("E0277", "the `?` operator can only be used in a function that returns `Result` or `Option` "
                    + "(or another type that implements `FromResidual`)", t.span(),
                    "cannot use the `?` operator in a function that returns `" + show(sig.ret()) + "`");
            return args.get(0);
        }
        if (kind.equals("Result") && !infer.unify(((Ty.Enum) returned).args().get(1), args.get(1))) {
            diags.error("E0277", "`?` couldn't convert the error to `" + show(((Ty.Enum) returned).args().get(1)) + "`",
                    t.span(), "the trait `From<" + show(args.get(1)) + ">` is not implemented for `"
                    + show(((Ty.Enum) returned).args().get(1)) + "`");
        }
        return args.get(0);
    }

    /** Whether {@code def} is the prelude's enum of that name (a program may declare its own). */
    private boolean isPrelude(EnumDef def, String name) {
        Item.Enum item = table.resolution.items.enums.get(name);
        return item != null && table.enumDefs.get(item) == def && item.span().start() >= Span.PRELUDE_START;
    }

    /** {@code Enum::Variant}, as rustc names a variant in messages. */
    static String variantName(Res.Variant v) {
        return v.item().name() + "::" + v.variant().name();
    }

    private static Span pathSpan(Expr.StructLit s) {
        int length = String.join("::", s.path()).length();
        return new Span(s.span().start(), s.span().start() + length);
    }

    boolean unifies(Ty a, Ty b) { return infer.unify(a, b); }

    /** A type standing for an earlier error: nothing more is reported about it. */
    boolean isError(Ty t) { return infer.isError(t); }

    boolean isStrRef(Ty t) {
        return infer.shallow(t) instanceof Ty.Ref r && infer.shallow(r.inner()) instanceof Ty.Str;
    }

    /**
     * Whether {@code ==} ({@code ordering} false) or {@code <} works on values of {@code t}: integers,
     * bool, char, {@code &str}, {@code ()}, tuples and arrays of such values and structs deriving the
     * comparison, also behind references and boxes (std compares what they
     * point to). Types not known yet count as comparable: inference may still make them so.
     */
    /** std implements Debug, PartialEq and PartialOrd for tuples of at most this many elements. */
    static final int MAX_TUPLE_TRAITS = 12;

    boolean comparable(Ty t, boolean ordering) {
        Ty s = infer.shallow(t);
        while ((s instanceof Ty.Ref || s instanceof Ty.Boxed) && !isStrRef(s)) s = infer.shallow(derefTarget(s));
        if (s instanceof Ty.Tuple tuple) {
            return tuple.elements().size() <= MAX_TUPLE_TRAITS && tuple.elements().stream().allMatch(e -> comparable(e, ordering));
        }
        if (s instanceof Ty.Array array) return comparable(array.element(), ordering);
        if (s instanceof Ty.Adt adt) {
            return (ordering ? adt.def().isPartialOrd() : adt.def().isPartialEq())
                    && adt.args().stream().allMatch(a -> comparable(a, ordering));
        }
        if (s instanceof Ty.Enum e) {
            return (ordering ? e.def().isPartialOrd() : e.def().isPartialEq()) && e.args().stream().allMatch(a -> comparable(a, ordering));
        }
        if (s instanceof Ty.Param p) return Generics.satisfies(p, ordering ? "PartialOrd" : "PartialEq", table);
        return infer.isInteger(s) || s instanceof Ty.Var || s instanceof Ty.Float || s instanceof Ty.Bool
                || s instanceof Ty.Char || isStrRef(s);
    }

}
