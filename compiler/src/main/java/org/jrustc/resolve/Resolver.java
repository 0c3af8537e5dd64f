package org.jrustc.resolve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.Diagnostic;
import org.jrustc.diag.Diagnostics;
import org.jrustc.diag.Label;
import org.jrustc.diag.Span;
import org.jrustc.diag.Unsupported;
import org.jrustc.syntax.ast.Block;
import org.jrustc.syntax.ast.Crate;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.syntax.ast.Pat;
import org.jrustc.syntax.ast.Stmt;
import org.jrustc.syntax.ast.TypeExpr;
import org.jrustc.types.IntKind;

/**
 * Name resolution: takes the AST and produces a {@link Resolution} that says, for every path
 * expression, which local, function, struct or builtin it names, and for every pattern the binding
 * it introduces. Reports E0425 (unknown value), E0433 (unknown type in a path), E0428 (duplicate
 * item) and refuses unsupported items by name. Lexical scoping with shadowing: a {@code let}'s
 * initializer is resolved before its pattern binds.
 */
public final class Resolver {
    private final Diagnostics diags;
    private final Items items = new Items();
    private final Resolution res = new Resolution(items);
    private final Deque<Map<String, Binding>> scopes = new ArrayDeque<>();
    /** The struct or enum whose impl is being resolved ({@code Self}), or null. */
    private Item.TypeDef selfType;
    /** While resolving a trait's method: {@code self} is allowed, {@code Self} stands for no type yet. */
    private boolean inTraitDeclaration;
    /** Resolving a trait's default constant value, which is evaluated once, not per implementing type. */
    private boolean inTraitConstant;
    /** The locals of the functions around a nested fn, which it cannot see (E0434). */
    private Deque<Map<String, Binding>> enclosingFnScopes = new ArrayDeque<>();
    /** While resolving a nested `const`: the variables around it, which it may not use (E0435). */
    private Deque<Map<String, Binding>> nonConstant = new ArrayDeque<>();
    /** The lifetime parameters of the impl whose methods are being resolved. */
    private java.util.List<String> implLifetimes = java.util.List.of();
    private final LifetimeNames lifetimes;

    /** Names from Rust's standard library that jrustc knows but cannot compile yet. */
    private static final java.util.Set<String> STD_TYPES =
            java.util.Set.of("String", "Vec", "Option", "Result", "Rc", "Arc", "RefCell", "Cell", "HashMap", "HashSet",
                    "Default", "From", "Into", "Clone", "PartialEq", "PartialOrd", "Ord", "ToString", "Iterator");
    private static final java.util.Set<String> STD_VALUES = java.util.Set.of("Some", "None", "Ok", "Err");
    /** The macros jrustc implements; the arguments of any other macro are left alone. */
    private static final java.util.Set<String> KNOWN_MACROS = java.util.Set.of("println", "print", "eprintln", "eprint",
            "panic", "assert", "assert_eq", "assert_ne", "unreachable", "todo", "unimplemented");
    private static final java.util.Set<String> PRIMITIVES = java.util.Set.of("i8", "i16", "i32", "i64", "i128",
            "isize", "u8", "u16", "u32", "u64", "u128", "usize", "bool", "char", "str", "f32", "f64");

    private Resolver(Diagnostics diags) {
        this.diags = diags;
        this.lifetimes = new LifetimeNames(diags);
    }

    public static Resolution resolve(Crate crate, Diagnostics diags) {
        Resolver r = new Resolver(diags);
        r.collect(crate.items());
        r.resolveItems(crate.items());
        return r.res;
    }

    // ---- collecting items -------------------------------------------------------------------

    private void collect(List<Item> list) {
        for (Item item : list) {
            if (item instanceof Item.Fn fn) {
                if (items.fns.containsKey(fn.name())) {
                    duplicate(fn.name(), fn.nameSpan());
                } else {
                    items.fns.put(fn.name(), fn);
                }
            } else if (item instanceof Item.Struct s) {
                if (items.typeDef(s.name()) != null || items.traits.containsKey(s.name())) duplicate(s.name(), s.nameSpan());
                else items.structs.put(s.name(), s);
                checkFields(s.fields(), s.lifetimes());
            } else if (item instanceof Item.Enum e) {
                if (items.typeDef(e.name()) != null || items.traits.containsKey(e.name())) duplicate(e.name(), e.nameSpan());
                else items.enums.put(e.name(), e);
                checkVariants(e);
            } else if (item instanceof Item.Trait t) {
                if (items.typeDef(t.name()) != null || items.traits.containsKey(t.name())) duplicate(t.name(), t.nameSpan());
                else items.traits.put(t.name(), t);
                checkTraitMethods(t);
            } else if (item instanceof Item.Const c) {
                if (items.consts.containsKey(c.name()) || items.fns.containsKey(c.name())) duplicate(c.name(), c.nameSpan());
                else items.consts.put(c.name(), c);
            } else if (item instanceof Item.Use use) {
                for (Item.Import i : use.imports()) if (!i.glob() && isStd(i.path())) importName(i.name(), i.path(), i.span());
            } else if (item instanceof Item.TypeAlias a) {
                if (items.typeAliases.containsKey(a.name()) || items.typeDef(a.name()) != null) {
                    duplicate(a.name(), a.nameSpan());
                } else {
                    items.typeAliases.put(a.name(), a);
                }
            } else if (item instanceof Item.Unsupported u) {
                unsupported(u.what(), u.span());
            }
        }
        for (Item item : list) {
            if (item instanceof Item.Use use) for (Item.Import i : use.imports()) importLocal(i);
        }
        for (Item item : list) {
            if (item instanceof Item.Impl impl) collectImpl(impl);
            if (item instanceof Item.Struct s && s.shape() != Item.Shape.NAMED && items.fns.containsKey(s.name())) {
                Item.Fn fn = items.fns.get(s.name());
                Span later = fn.span().start() > s.span().start() ? fn.span() : s.span();
                duplicate(s.name(), later);
            }
        }
    }

    private static boolean isStd(List<String> path) {
        return path.get(0).equals("std") || path.get(0).equals("core");
    }

    /** Names brought in by a glob ({@code use E::*;}): any other item or import of the name comes first. */
    private final java.util.Set<String> globbed = new java.util.HashSet<>();
    /** Names two globs bring in: an error only where one is used (E0659), as in rustc. */
    private final java.util.Set<String> ambiguous = new java.util.HashSet<>();

    private void importName(String name, List<String> path, Span span) {
        if (globbed.remove(name)) {
            items.imports.put(name, path); // an explicit import shadows a glob's
            ambiguous.remove(name);
        } else if (items.imports.containsKey(name)) {
            diags.error("E0252", "the name `" + name + "` is defined multiple times", span, "`" + name + "` reimported here");
        } else {
            items.imports.put(name, path);
        }
    }

    /**
     * A {@code use} of the program's own items, once they are all known: an enum's variants
     * ({@code use Shape::{Circle, Square};}, {@code use Shape::*;}) are what jrustc supports.
     */
    private void importLocal(Item.Import i) {
        List<String> path = i.path();
        if (isStd(path) && !i.glob()) return;
        Item.Enum e = path.size() == (i.glob() ? 1 : 2) ? items.enums.get(path.get(0)) : null;
        if (e == null) {
            unsupported(i.glob() ? "glob imports of anything but an enum's variants"
                    : "`use` of anything but the standard library and enum variants", i.span());
        } else if (i.glob()) {
            for (Item.Variant v : e.variants()) {
                List<String> path2 = List.of(e.name(), v.name());
                if (!items.imports.containsKey(v.name())) {
                    items.imports.put(v.name(), path2);
                    globbed.add(v.name());
                } else if (globbed.contains(v.name()) && !items.imports.get(v.name()).equals(path2)) {
                    ambiguous.add(v.name());
                }
            }
        } else if (e.variants().stream().noneMatch(v -> v.name().equals(path.get(1)))) {
            diags.error("E0432", "unresolved import `" + String.join("::", path) + "`", i.span(),
                    "no `" + path.get(1) + "` in `" + e.name() + "`");
        } else {
            importName(i.name(), path, i.span());
        }
    }

    /** A method declared twice in a trait (E0428). */
    private void checkTraitMethods(Item.Trait t) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Item.Fn fn : t.methods()) if (!names.add(fn.name())) duplicate(fn.name(), fn.nameSpan());
    }

    /** Variants declared twice (E0428); their fields, as a struct's. */
    private void checkVariants(Item.Enum e) {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Item.Variant v : e.variants()) {
            if (!names.add(v.name())) duplicate(v.name(), v.nameSpan());
            checkFields(v.fields(), e.lifetimes());
        }
    }

    /** A field declared twice (E0124); a field's lifetimes (E0106, E0261). */
    private void checkFields(List<Item.FieldDef> fields, List<String> lifetimeParams) {
        java.util.Set<String> declared = new java.util.HashSet<>(lifetimeParams);
        for (Item.FieldDef f : fields) lifetimes.check(f.type(), declared, true);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Item.FieldDef f : fields) {
            if (!seen.add(f.name())) {
                diags.error("E0124", "field `" + f.name() + "` is already declared", f.span(), "field already declared");
            }
        }
    }


    /** The impl's constants, and the defaults of its trait's that it does not give, as the type's. */
    private void collectAssocConsts(String owner, Item.Impl impl) {
        Map<String, Item.Const> consts = items.assocConsts.computeIfAbsent(owner, k -> new java.util.LinkedHashMap<>());
        for (Item.Const c : impl.consts()) {
            if (consts.containsKey(c.name())) duplicate(c.name(), c.nameSpan());
            else consts.put(c.name(), c);
        }
        Item.Trait trait = impl.traitName() == null ? null : items.traits.get(impl.traitName());
        if (trait != null) {
            for (Item.Const c : trait.consts()) if (c.value() != null) consts.putIfAbsent(c.name(), c);
        }
    }

    private void collectImpl(Item.Impl impl) {
        if (!(impl.selfType() instanceof TypeExpr.Path p) || p.segments().size() != 1) {
            unsupported("impl blocks for types other than structs and enums", impl.selfType().span());
            return;
        }
        Item.TypeDef owner = items.typeDef(p.last());
        if (owner == null && PRIMITIVES.contains(p.last()) && impl.traitName() != null
                && items.traits.containsKey(impl.traitName()) && !p.last().equals("str")) {
            // The program's own trait for a primitive type: allowed (a foreign trait is E0117).
            items.addImpl(p.last(), impl);
            collectAssocConsts(p.last(), impl);
            return;
        }
        if (owner == null && PRIMITIVES.contains(p.last())) {
            if (impl.traitName() == null) {
                diags.error("E0390", "cannot define inherent `impl` for primitive types", impl.span(), "");
            } else {
                diags.error("E0117", "only traits defined in the current crate can be implemented for primitive types",
                        impl.span(), "");
                if (impl.traitName().equals("Drop")) {
                    diags.error("E0120", "the `Drop` trait may only be implemented for local structs, enums, and unions",
                            p.span(), "must be a struct, enum, or union in the current crate");
                }
            }
            return;
        }
        if (owner == null) {
            diags.error("E0425", "cannot find type `" + p.last() + "` in this scope", p.span(), "not found in this scope");
            return;
        }
        if (impl.traitName() != null && !knownTrait(impl)) return;
        items.addImpl(owner.name(), impl);
        collectAssocConsts(owner.name(), impl);
        Map<String, Span> seen = new HashMap<>();
        for (Item.Fn fn : impl.fns()) {
            res.ownerOf.put(fn, owner);
            if (impl.traitName() != null) res.traitOf.put(fn, impl.traitName());
            if (seen.containsKey(fn.name())) {
                if (impl.traitName() == null) {
                    diags.error("E0592", "duplicate definitions with name `" + fn.name() + "`", fn.span(),
                            "duplicate definitions for `" + fn.name() + "`");
                } else {
                    diags.error("E0201", "duplicate definitions with name `" + fn.name() + "`", fn.span(),
                            "duplicate definition");
                }
            }
            seen.put(fn.name(), fn.nameSpan());
        }
    }

    /** The traits a program may implement: its own, {@code Drop} and {@code Clone}. Others are refused here. */
    private static final java.util.Set<String> IMPLEMENTABLE_STD_TRAITS = java.util.Set.of("Drop", "Clone", "Default");
    /** Traits of std that jrustc knows of but does not let a program implement yet. */
    private static final java.util.Set<String> OTHER_STD_TRAITS = java.util.Set.of("Display", "Debug", "PartialEq", "Eq",
            "PartialOrd", "Ord", "Hash", "Iterator", "IntoIterator", "From", "Into", "Add", "Sub", "Mul", "Div",
            "Neg", "Index", "Deref", "AsRef", "Copy", "ToString", "FromStr", "Fn", "FnMut", "FnOnce", "Error");

    private boolean knownTrait(Item.Impl impl) {
        String name = impl.traitName();
        if (items.traits.containsKey(name) || IMPLEMENTABLE_STD_TRAITS.contains(name)) return true;
        String last = name.substring(name.lastIndexOf(':') + 1);
        if (OTHER_STD_TRAITS.contains(last) || name.startsWith("std::") || name.startsWith("core::")) {
            unsupported("implementing `" + name + "`", impl.traitSpan());
        } else {
            diags.error("E0405", "cannot find trait `" + name + "` in this scope", impl.traitSpan(), "not found in this scope");
        }
        return false;
    }

    /**
     * A path whose first segment was brought in by {@code use} ({@code swap}, {@code mem::swap}),
     * spelled out in full ({@code std::mem::swap}); other paths as they are. A local variable of the
     * name hides the import.
     */
    private List<String> withImport(List<String> segs) {
        String first = segs.get(0);
        List<String> path = items.imports.get(first);
        if (path == null || segs.size() == 1 && lookupLocal(first) != null) return segs;
        // A glob's names yield to the file's own items.
        if (globbed.contains(first) && (items.fns.containsKey(first) || items.consts.containsKey(first)
                || items.typeDef(first) != null)) {
            return segs;
        }
        List<String> full = new java.util.ArrayList<>(path);
        full.addAll(segs.subList(1, segs.size()));
        return List.copyOf(full);
    }

    private static final Map<String, Double> FLOAT_CONSTS = Map.of("MAX", Double.MAX_VALUE, "MIN", -Double.MAX_VALUE,
            "EPSILON", Math.ulp(1.0), "INFINITY", Double.POSITIVE_INFINITY, "NEG_INFINITY", Double.NEGATIVE_INFINITY,
            "NAN", Double.NaN, "MIN_POSITIVE", Double.MIN_NORMAL);
    private static final Map<String, Float> F32_CONSTS = Map.of("MAX", Float.MAX_VALUE, "MIN", -Float.MAX_VALUE,
            "EPSILON", Math.ulp(1.0f), "INFINITY", Float.POSITIVE_INFINITY, "NEG_INFINITY", Float.NEGATIVE_INFINITY,
            "NAN", Float.NaN, "MIN_POSITIVE", Float.MIN_NORMAL);
    /** std::f64::consts, as the shortest decimals that rustc prints for them (computing them in Java can be off by a bit). */
    private static final Map<String, Double> MATH_CONSTS = Map.ofEntries(
            Map.entry("PI", 3.141592653589793),
            Map.entry("E", 2.718281828459045),
            Map.entry("TAU", 6.283185307179586),
            Map.entry("SQRT_2", 1.4142135623730951),
            Map.entry("LN_2", 0.6931471805599453),
            Map.entry("LN_10", 2.302585092994046),
            Map.entry("FRAC_PI_2", 1.5707963267948966),
            Map.entry("FRAC_PI_3", 1.0471975511965979),
            Map.entry("FRAC_PI_4", 0.7853981633974483),
            Map.entry("FRAC_PI_6", 0.5235987755982989),
            Map.entry("FRAC_PI_8", 0.39269908169872414),
            Map.entry("FRAC_1_PI", 0.3183098861837907),
            Map.entry("FRAC_2_PI", 0.6366197723675814),
            Map.entry("FRAC_2_SQRT_PI", 1.1283791670955126),
            Map.entry("FRAC_1_SQRT_2", 0.7071067811865476),
            Map.entry("LOG2_E", 1.4426950408889634),
            Map.entry("LOG10_E", 0.4342944819032518),
            Map.entry("LOG2_10", 3.321928094887362),
            Map.entry("LOG10_2", 0.3010299956639812));

    /** {@code f64::MAX} and friends, and {@code std::f64::consts::PI} and friends (f32 ones too); null for other paths. */
    private static Res.FloatConst floatConst(List<String> segs) {
        int n = segs.size();
        String name = segs.get(n - 1);
        if (n == 2 && (segs.get(0).equals("f64") || segs.get(0).equals("f32"))) {
            boolean single = segs.get(0).equals("f32");
            if (single && F32_CONSTS.containsKey(name)) return new Res.FloatConst(true, F32_CONSTS.get(name));
            if (!single && FLOAT_CONSTS.containsKey(name)) return new Res.FloatConst(false, FLOAT_CONSTS.get(name));
            return null;
        }
        boolean consts = n >= 3 && segs.get(n - 2).equals("consts")
                && (segs.get(n - 3).equals("f64") || segs.get(n - 3).equals("f32"))
                && (n == 3 || n == 4 && (segs.get(0).equals("std") || segs.get(0).equals("core")));
        if (!consts || !MATH_CONSTS.containsKey(name)) return null;
        boolean single = segs.get(n - 3).equals("f32");
        return new Res.FloatConst(single, single ? (double) (float) (double) MATH_CONSTS.get(name) : MATH_CONSTS.get(name));
    }

    private void duplicate(String name, Span span) {
        diags.error("E0428", "the name `" + name + "` is defined multiple times", span,
                "`" + name + "` redefined here");
    }

    private void unsupported(String what, Span span) {
        diags.error(null, Unsupported.message(what), span, "");
    }

    // ---- resolving bodies -------------------------------------------------------------------

    private void resolveItems(List<Item> list) {
        for (Item item : list) {
            if (item instanceof Item.Enum e) {
                for (Item.Variant v : e.variants()) if (v.discriminant() != null) resolveConstant(v.discriminant());
            }
            if (item instanceof Item.Const c) {
                resolveConst(c);
            } else if (item instanceof Item.Fn fn) {
                resolveFn(fn, null);
            } else if (item instanceof Item.Trait trait) {
                inTraitConstant = true;
                for (Item.Const c : trait.consts()) if (c.value() != null) resolveConst(c);
                inTraitConstant = false;
                for (Item.Fn fn : trait.methods()) {
                    res.traitDeclOf.put(fn, trait);
                    inTraitDeclaration = true;
                    resolveFn(fn, null);
                    inTraitDeclaration = false;
                }
            } else if (item instanceof Item.Impl impl && impl.selfType() instanceof TypeExpr.Path p0
                    && PRIMITIVES.contains(p0.last()) && items.implsOf(p0.last()).contains(impl)) {
                // A trait's impl for a primitive: `self` is allowed, and `Self` names no struct.
                for (Item.Const c : impl.consts()) resolveConst(c);
                inTraitDeclaration = true;
                for (Item.Fn fn : impl.fns()) resolveFn(fn, null);
                inTraitDeclaration = false;
            } else if (item instanceof Item.Impl impl) {
                Item.TypeDef owner = impl.selfType() instanceof TypeExpr.Path p ? items.typeDef(p.last()) : null;
                if (owner != null) {
                    Item.TypeDef outerSelf = selfType;
                    selfType = owner;
                    for (Item.Const c : impl.consts()) resolveConst(c);
                    selfType = outerSelf;
                }
                if (owner == null) continue;
                lifetimes.check(impl.selfType(), new java.util.HashSet<>(impl.lifetimes()), false);
                java.util.List<String> outer = implLifetimes;
                implLifetimes = impl.lifetimes();
                implTypeParamNames = new java.util.HashSet<>(impl.typeParams().stream().map(Item.TypeParam::name).toList());
                for (Item.Fn fn : impl.fns()) resolveFn(fn, owner);
                implTypeParamNames = java.util.Set.of();
                implLifetimes = outer;
            }
        }
    }

    /** A constant's value sees items only: the variables around a nested `const` are not values at compile time. */
    private void resolveConst(Item.Const c) {
        resolveConstant(c.value());
    }

    /** A constant expression (a `const` item's value, an enum discriminant): it sees items only. */
    private void resolveConstant(Expr value) {
        Deque<Map<String, Binding>> outer = new ArrayDeque<>(scopes);
        Deque<Map<String, Binding>> outerEnclosing = enclosingFnScopes;
        scopes.clear();
        scopes.push(new HashMap<>());
        enclosingFnScopes = new ArrayDeque<>();
        nonConstant = outer;
        expr(value);
        nonConstant = new ArrayDeque<>();
        scopes.clear();
        scopes.addAll(outer);
        enclosingFnScopes = outerEnclosing;
    }

    /** The type parameters in scope: the function's and its impl's ({@code T::new()} names one of their bounds' functions). */
    private java.util.Set<String> typeParamNames = java.util.Set.of();
    private java.util.Set<String> implTypeParamNames = java.util.Set.of();

    private void resolveFn(Item.Fn fn, Item.TypeDef owner) {
        java.util.Set<String> outerParams = typeParamNames;
        typeParamNames = new java.util.HashSet<>(implTypeParamNames);
        fn.typeParams().forEach(p -> typeParamNames.add(p.name()));
        try {
            resolveFnIn(fn, owner);
        } finally {
            typeParamNames = outerParams;
        }
    }

    private void resolveFnIn(Item.Fn fn, Item.TypeDef owner) {
        java.util.Set<String> declared = new java.util.HashSet<>(fn.lifetimes());
        declared.addAll(implLifetimes);
        for (Item.Param p : fn.params()) lifetimes.check(p.type(), declared, false);
        if (fn.ret() != null) lifetimes.check(fn.ret(), declared, false);
        java.util.List<String> outerImpl = implLifetimes;
        implLifetimes = java.util.List.of(); // a fn nested in a method does not see the impl's lifetimes
        Item.TypeDef outerSelf = selfType;
        Deque<Map<String, Binding>> outerEnclosing = enclosingFnScopes;
        Deque<Map<String, Binding>> outerScopes = new ArrayDeque<>(scopes);
        scopes.clear();
        selfType = owner;
        scopes.push(new HashMap<>());
        if (fn.self() != null) {
            if (owner == null && !inTraitDeclaration) {
                diags.error(null, "`self` parameter is only allowed in associated functions", fn.self().span(),
                        "not semantically valid as function parameter");
            }
            Binding b = new Binding("self", fn.self().mutable(), fn.self().span());
            res.selfParams.put(fn.self(), b);
            scopes.peek().put("self", b);
        }
        for (Item.Param p : fn.params()) {
            Binding b = new Binding(p.name(), p.mutable(), p.nameSpan());
            res.params.put(p, b);
            if (p.name().equals("_")) continue;
            if (scopes.peek().containsKey(p.name())) {
                diags.error("E0415", "identifier `" + p.name() + "` is bound more than once in this parameter list",
                        p.nameSpan(), "used as parameter more than once");
            }
            scopes.peek().put(p.name(), b);
        }
        Deque<Map<String, Binding>> enclosing = new ArrayDeque<>(outerEnclosing);
        enclosing.addAll(outerScopes);
        enclosingFnScopes = enclosing;
        if (fn.body() != null) block(fn.body());
        scopes.clear();
        scopes.addAll(outerScopes);
        enclosingFnScopes = outerEnclosing;
        selfType = outerSelf;
        implLifetimes = outerImpl;
    }

    /**
     * A block; the items declared in it are collected on entry, so that its statements can use them
     * wherever they are declared (they join the file's items: jrustc does not scope items to blocks yet).
     */
    private void block(Block b) {
        List<Item> nested = b.stmts().stream()
                .filter(st -> st instanceof Stmt.ItemStmt).map(st -> ((Stmt.ItemStmt) st).item()).toList();
        if (!nested.isEmpty()) collect(nested);
        scopes.push(new HashMap<>());
        for (Stmt s : b.stmts()) stmt(s);
        if (b.tail() != null) expr(b.tail());
        scopes.pop();
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.Let let) {
            if (let.init() != null) expr(let.init());
            if (let.elseBlock() != null) block(let.elseBlock()); // it does not see the pattern's bindings
            bind(let.pat());
        } else if (s instanceof Stmt.ExprStmt es) {
            expr(es.expr());
        } else if (s instanceof Stmt.ItemStmt is) {
            if (is.item() instanceof Item.Fn fn) resolveFn(fn, null);
            else if (is.item() instanceof Item.Trait trait) resolveItems(List.of(trait));
            else if (is.item() instanceof Item.Impl impl) resolveItems(List.of(impl));
            else if (is.item() instanceof Item.Const c) resolveConst(c);
        }
    }

    private void bind(Pat pat) {
        bind(pat, new java.util.HashSet<>());
    }

    /** Binds the names of a pattern; {@code seen} holds the names bound so far in the same pattern. */
    private void bind(Pat pat, java.util.Set<String> seen) {
        if (pat instanceof Pat.Ident id && id.sub() == null && !id.mutable() && !id.byRef() && patternValue(id.name()) != null) {
            res.patternValues.put(id, patternValue(id.name())); // a constant or unit struct, not a new binding
        } else if (pat instanceof Pat.Ident id) {
            if (id.sub() != null) bind(id.sub(), seen);
            if (!seen.add(id.name())) {
                diags.error("E0416", "identifier `" + id.name() + "` is bound more than once in the same pattern",
                        id.span(), "used in a pattern more than once");
                return;
            }
            Binding b = new Binding(id.name(), id.mutable() && !id.byRef(), id.span());
            res.patterns.put(id, b);
            scopes.peek().put(id.name(), b);
        } else if (pat instanceof Pat.Tuple t) {
            for (Pat element : t.elements()) bind(element, seen);
        } else if (pat instanceof Pat.Ref r) {
            bind(r.inner(), seen);
        } else if (pat instanceof Pat.Literal l) {
            expr(l.value());
        } else if (pat instanceof Pat.Range r) {
            expr(r.lo());
            expr(r.hi());
        } else if (pat instanceof Pat.Or or) {
            bindAlternatives(or, seen);
        } else if (pat instanceof Pat.Path p) {
            Res value = p.segments().size() == 1 ? patternValue(p.segments().get(0)) : null;
            if (value == null) {
                Expr.Path path = new Expr.Path(p.segments(), p.span());
                path(path);
                value = res.paths.get(path);
            }
            if (value != null) res.patternValues.put(p, value);
        } else if (pat instanceof Pat.TupleStruct ts) {
            patternStruct(pat, ts.path(), true);
            for (Pat element : ts.elements()) bind(element, seen);
        } else if (pat instanceof Pat.Struct s) {
            patternStruct(pat, s.path(), false);
            for (Pat.FieldPat f : s.fields()) bind(f.pat(), seen);
        } else if (pat instanceof Pat.Unsupported u) {
            unsupported(u.what(), u.span());
        }
    }

    /** What a plain name in a pattern compares with: a constant, a unit struct or an imported variant; null when it binds. */
    private Res patternValue(String name) {
        Item.Const c = items.consts.get(name);
        if (c != null) return new Res.Const(c);
        Item.Struct s = struct(name);
        if (s != null && s.shape() == Item.Shape.UNIT) return new Res.StructCtor(s);
        List<String> imported = items.imports.get(name);
        if (imported != null && !isStd(imported)) return variant(imported.get(0), imported.get(1));
        return null;
    }

    /** The struct a name stands for ({@code Self} in a struct's impl), or null. */
    private Item.Struct struct(String name) {
        if (name.equals("Self")) return selfType instanceof Item.Struct s ? s : null;
        return items.typeDef(aliased(name)) instanceof Item.Struct s ? s : null;
    }

    /** The struct or enum a type alias names ({@code type A = S;}), or the name itself. */
    private String aliased(String name) {
        for (int depth = 0; depth < 16 && items.typeAliases.containsKey(name); depth++) {
            if (!(items.typeAliases.get(name).target() instanceof TypeExpr.Path p) || p.segments().size() != 1
                    || !p.generics().isEmpty()) {
                return name;
            }
            name = p.last();
        }
        return name;
    }

    /** The enum a name stands for ({@code Self} in an enum's impl), or null. */
    private Item.Enum enumNamed(String name) {
        if (name.equals("Self")) return selfType instanceof Item.Enum e ? e : null;
        return items.enums.get(aliased(name));
    }

    /** {@code Enum::Variant}, or null when there is no such enum or variant. */
    private Res.Variant variant(String enumName, String variantName) {
        Item.Enum e = enumNamed(enumName);
        if (e == null) return null;
        for (int i = 0; i < e.variants().size(); i++) {
            if (e.variants().get(i).name().equals(variantName)) return new Res.Variant(e, i);
        }
        return null;
    }

    /** The variant a struct, tuple-struct or struct-literal path names ({@code E::V}, {@code Self::V}, an imported {@code V}), or null. */
    private Res.Variant variantPath(List<String> path) {
        List<String> segs = withImport(path);
        return segs.size() == 2 ? variant(segs.get(0), segs.get(1)) : null;
    }

    /** The struct a struct or tuple-struct pattern names (E0531, E0422 when there is none). */
    private void patternStruct(Pat pat, List<String> path, boolean tuple) {
        String name = path.get(path.size() - 1);
        Res.Variant variant = variantPath(path);
        if (variant != null) {
            Item.Variant v = variant.variant();
            if (tuple && v.shape() != Item.Shape.TUPLE) {
                diags.error("E0532", "expected tuple struct or tuple variant, found " + (v.shape() == Item.Shape.UNIT
                        ? "unit" : "struct") + " variant `" + variant.item().name() + "::" + v.name() + "`", pat.span(), "");
            } else {
                res.patternVariants.put(pat, variant);
            }
            return;
        }
        Item.Struct s = path.size() == 1 ? struct(name) : null;
        if (s == null || tuple && s.shape() != Item.Shape.TUPLE) {
            if (tuple) {
                diags.error("E0531", "cannot find tuple struct or tuple variant `" + name + "` in this scope", pat.span(),
                        "not found in this scope");
            } else {
                diags.error("E0422", "cannot find struct, variant or union type `" + name + "` in this scope", pat.span(),
                        "not found in this scope");
            }
            return;
        }
        res.patternStructs.put(pat, s);
    }

    /**
     * {@code p | q}: every alternative binds the same names (E0408), each name to one binding shared
     * by the alternatives (whichever matches, the arm sees one variable).
     */
    private void bindAlternatives(Pat.Or or, java.util.Set<String> seen) {
        Map<String, Binding> first = new HashMap<>();
        for (int i = 0; i < or.alternatives().size(); i++) {
            Map<String, Binding> scope = scopes.peek();
            Map<String, Binding> before = new HashMap<>(scope);
            java.util.Set<String> names = new java.util.HashSet<>(seen);
            bind(or.alternatives().get(i), names);
            Map<String, Pat.Ident> bound = new java.util.LinkedHashMap<>();
            collectIdents(or.alternatives().get(i), bound);
            if (i == 0) {
                for (String n : bound.keySet()) first.put(n, res.patterns.get(bound.get(n)));
            } else {
                for (var e : bound.entrySet()) {
                    Binding shared = first.get(e.getKey());
                    if (shared == null) {
                        diags.error("E0408", "variable `" + e.getKey() + "` is not bound in all patterns",
                                or.alternatives().get(0).span(), "pattern doesn't bind `" + e.getKey() + "`");
                    } else {
                        res.patterns.put(e.getValue(), shared);
                    }
                }
                for (String n : first.keySet()) {
                    if (!bound.containsKey(n)) {
                        diags.error("E0408", "variable `" + n + "` is not bound in all patterns",
                                or.alternatives().get(i).span(), "pattern doesn't bind `" + n + "`");
                    }
                }
                scope.clear();
                scope.putAll(before);
                for (var e : first.entrySet()) scope.put(e.getKey(), e.getValue());
            }
        }
        seen.addAll(first.keySet());
    }

    private void collectIdents(Pat pat, Map<String, Pat.Ident> out) {
        if (pat instanceof Pat.Ident id && !res.patternValues.containsKey(id)) {
            out.putIfAbsent(id.name(), id);
            if (id.sub() != null) collectIdents(id.sub(), out);
        } else if (pat instanceof Pat.Tuple t) {
            t.elements().forEach(e -> collectIdents(e, out));
        } else if (pat instanceof Pat.Ref r) {
            collectIdents(r.inner(), out);
        } else if (pat instanceof Pat.Or or) {
            collectIdents(or.alternatives().get(0), out);
        } else if (pat instanceof Pat.TupleStruct ts) {
            ts.elements().forEach(e -> collectIdents(e, out));
        } else if (pat instanceof Pat.Struct s) {
            s.fields().forEach(f -> collectIdents(f.pat(), out));
        }
    }

    private Binding lookupLocal(String name) {
        for (Map<String, Binding> scope : scopes) {
            Binding b = scope.get(name);
            if (b != null) return b;
        }
        return null;
    }

    private void expr(Expr e) {
        if (e == null) return;
        if (e instanceof Expr.Path p) {
            path(p);
        } else if (e instanceof Expr.Call c) {
            if (c.callee() instanceof Expr.Path p) path(p, true);
            else expr(c.callee());
            c.args().forEach(this::expr);
        } else if (e instanceof Expr.MethodCall m) {
            expr(m.receiver());
            m.args().forEach(this::expr);
        } else if (e instanceof Expr.Field f) {
            expr(f.base());
        } else if (e instanceof Expr.Unary u) {
            expr(u.operand());
        } else if (e instanceof Expr.Borrow b) {
            expr(b.operand());
        } else if (e instanceof Expr.Binary b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.Assign a) {
            expr(a.place());
            expr(a.value());
        } else if (e instanceof Expr.CompoundAssign a) {
            expr(a.place());
            expr(a.value());
        } else if (e instanceof Expr.Cast c) {
            expr(c.operand());
        } else if (e instanceof Expr.BlockExpr b) {
            block(b.block());
        } else if (e instanceof Expr.If i) {
            expr(i.cond());
            block(i.then());
            expr(i.elseExpr());
        } else if (e instanceof Expr.While w) {
            expr(w.cond());
            block(w.body());
        } else if (e instanceof Expr.Loop l) {
            block(l.body());
        } else if (e instanceof Expr.For f) {
            expr(f.iterable());
            scopes.push(new HashMap<>());
            bind(f.pat());
            block(f.body());
            scopes.pop();
        } else if (e instanceof Expr.Range r) {
            expr(r.lo());
            expr(r.hi());
        } else if (e instanceof Expr.Break b) {
            expr(b.value());
        } else if (e instanceof Expr.Return r) {
            expr(r.value());
        } else if (e instanceof Expr.StructLit s) {
            structLit(s);
        } else if (e instanceof Expr.Tuple t) {
            t.elements().forEach(this::expr);
        } else if (e instanceof Expr.Match m) {
            expr(m.scrutinee());
            for (Expr.Arm arm : m.arms()) {
                scopes.push(new HashMap<>());
                bind(arm.pat());
                expr(arm.guard());
                expr(arm.body());
                scopes.pop();
            }
        } else if (e instanceof Expr.Try t) {
            expr(t.operand());
        } else if (e instanceof Expr.Array a) {
            a.elements().forEach(this::expr);
        } else if (e instanceof Expr.ArrayRepeat r) {
            expr(r.value());
        } else if (e instanceof Expr.Index i) {
            expr(i.base());
            expr(i.index());
        } else if (e instanceof Expr.MacroCall m) {
            if (!KNOWN_MACROS.contains(m.name())) return; // refused by the type checker; its tokens may not be an expression
            m.args().forEach(this::expr);
            if (m.format() != null) m.format().args().forEach(this::expr);
        } else if (e instanceof Expr.Unsupported u) {
            unsupported(u.what(), u.span());
        }
    }

    private void structLit(Expr.StructLit s) {
        String name = s.path().get(s.path().size() - 1);
        Res.Variant variant = variantPath(s.path());
        Item.Struct target = s.path().size() == 1 ? struct(name) : null;
        if (variant != null) {
            res.structLitVariants.put(s, variant);
        } else if (target == null) {
            diags.error("E0422", "cannot find struct, variant or union type `" + name + "` in this scope", s.span(),
                    "not found in this scope");
        } else {
            res.structLits.put(s, target);
        }
        for (Expr.FieldInit f : s.fields()) expr(f.value());
        if (s.base() != null) expr(s.base());
    }

    private void path(Expr.Path p) {
        path(p, false);
    }

    /** Resolves a path; {@code callee} when it is called ({@code f(..)}), which only changes the wording of errors. */
    private void path(Expr.Path p, boolean callee) {
        if (p.segments().size() == 1 && ambiguous.contains(p.segments().get(0)) && lookupLocal(p.segments().get(0)) == null) {
            diags.error("E0659", "`" + p.segments().get(0) + "` is ambiguous", p.span(), "ambiguous name");
            return;
        }
        List<String> segs = withImport(p.segments());
        if (segs.size() == 1) {
            String name = segs.get(0);
            Binding local = lookupLocal(name);
            if (local != null) { res.paths.put(p, new Res.Local(local)); return; }
            Item.Fn fn = items.fns.get(name);
            if (fn != null) { res.paths.put(p, new Res.Fn(fn)); return; }
            Item.Const constant = items.consts.get(name);
            if (constant != null) { res.paths.put(p, new Res.Const(constant)); return; }
            if (nonConstant.stream().anyMatch(scope -> scope.containsKey(name))) {
                diags.error("E0435", "attempt to use a non-constant value in a constant", p.span(), "non-constant value");
                return;
            }
            if (items.typeAliases.containsKey(name) && !items.structs.containsKey(name)) {
                // An alias names a type, not the constructor of a tuple struct.
                diags.error("E0423", "expected " + (callee ? "function, tuple struct or tuple variant" : "value")
                        + ", found type alias `" + name + "`", p.span(), "");
                return;
            }
            Item.Struct s = struct(name);
            if (s != null && s.shape() != Item.Shape.NAMED) { res.paths.put(p, new Res.StructCtor(s)); return; }
            if (name.equals("drop")) { res.paths.put(p, new Res.BuiltinFn(Builtin.DROP)); return; }
            if (STD_VALUES.contains(name)) {
                unsupported("`Option` and `Result`", p.span());
                return;
            }
            if (s != null) {
                diags.error("E0423", "expected value, found struct `" + name + "`", p.span(), "");
                return;
            }
            if (enclosingFnScopes.stream().anyMatch(scope -> scope.containsKey(name))) {
                diags.error("E0434", "can't capture dynamic environment in a fn item", p.span(), "");
                return;
            }
            if (name.equals("self")) {
                diags.error("E0424", "expected value, found module `self`", p.span(),
                        "`self` value is a keyword only available in methods with a `self` parameter");
                return;
            }
            diags.error("E0425", "cannot find " + (callee ? "function" : "value") + " `" + name + "` in this scope",
                    p.span(), "not found in this scope");
            return;
        }
        Res.FloatConst floatConst = floatConst(segs);
        if (floatConst != null) {
            res.paths.put(p, floatConst);
            return;
        }
        String joined = String.join("::", segs);
        switch (joined) {
            case "Box::new", "std::boxed::Box::new" -> { res.paths.put(p, new Res.BuiltinFn(Builtin.BOX_NEW)); return; }
            case "std::mem::drop", "core::mem::drop", "mem::drop" -> { res.paths.put(p, new Res.BuiltinFn(Builtin.DROP)); return; }
            case "std::mem::swap", "core::mem::swap", "mem::swap" -> { res.paths.put(p, new Res.BuiltinFn(Builtin.MEM_SWAP)); return; }
            case "std::mem::take", "core::mem::take", "mem::take" -> { res.paths.put(p, new Res.BuiltinFn(Builtin.MEM_TAKE)); return; }
            case "Default::default", "std::default::Default::default" -> {
                res.paths.put(p, new Res.BuiltinFn(Builtin.DEFAULT));
                return;
            }
            case "std::cmp::max", "core::cmp::max" -> { res.paths.put(p, new Res.BuiltinFn(Builtin.CMP_MAX)); return; }
            case "std::cmp::min", "core::cmp::min" -> { res.paths.put(p, new Res.BuiltinFn(Builtin.CMP_MIN)); return; }
            case "std::mem::replace", "core::mem::replace", "mem::replace" -> {
                res.paths.put(p, new Res.BuiltinFn(Builtin.MEM_REPLACE));
                return;
            }
            case "std::hint::black_box", "core::hint::black_box", "hint::black_box" -> {
                res.paths.put(p, new Res.BuiltinFn(Builtin.BLACK_BOX));
                return;
            }
            default -> { }
        }
        if (segs.size() == 2) {
            String type = segs.get(0);
            String member = segs.get(1);
            IntKind kind = IntKind.fromName(type);
            if (kind != null && (member.equals("MAX") || member.equals("MIN"))) {
                res.paths.put(p, new Res.IntConst(kind, member.equals("MAX")));
                return;
            }
            if (kind != null || PRIMITIVES.contains(type)) {
                unsupported("`" + joined + "`", p.span());
                return;
            }
            if (typeParamNames.contains(type)) { // a type parameter hides items of its name
                res.paths.put(p, callee ? new Res.TypeParamFn(type, member) : new Res.TypeParamConst(type, member));
                return;
            }
            Res.Variant variant = variant(type, member);
            if (variant != null) { res.paths.put(p, variant); return; }
            Item.TypeDef s = type.equals("Self") ? selfType : items.typeDef(aliased(type));
            if (s == null && type.equals("Box")) {
                diags.error("E0599", "no function or associated item named `" + member
                        + "` found for struct `Box<_, _>` in the current scope", p.span(),
                        "function or associated item not found in `Box<_, _>`");
                return;
            }
            if (s == null && STD_TYPES.contains(type)) {
                unsupported("`" + type + "`", p.span());
                return;
            }
            Item.Trait namedTrait = items.traits.get(type);
            if (s == null && namedTrait != null && callee) {
                if (namedTrait.methods().stream().anyMatch(fn -> fn.name().equals(member))) {
                    res.paths.put(p, new Res.TraitPathFn(namedTrait, member));
                } else {
                    diags.error("E0576", "cannot find method or associated constant `" + member + "` in trait `" + type + "`",
                            p.span(), "not found in `" + type + "`");
                }
                return;
            }
            if (s == null && type.equals("Self") && inTraitConstant) {
                unsupported("`Self::` in the default value of a trait's constant", p.span());
                return;
            }
            if (s == null && type.equals("Self") && inTraitDeclaration) {
                // In a trait's method (or an impl for a primitive), `Self` is the implementing type.
                res.paths.put(p, callee ? new Res.TypeParamFn(type, member) : new Res.TypeParamConst(type, member));
                return;
            }
            if (s != null) {
                Item.Const assoc = items.assocConsts.getOrDefault(s.name(), Map.of()).get(member);
                if (assoc != null) { res.paths.put(p, new Res.Const(assoc)); return; }
                Item.Fn fn = items.inherentFn(s.name(), member);
                if (fn != null) { res.paths.put(p, new Res.AssocFn(s, fn)); return; }
                if (items.hasTraitMethod(s.name(), member)) { res.paths.put(p, new Res.TraitFn(s, member)); return; }
                if (member.equals("default") && s.derives().contains("Default")) {
                    res.paths.put(p, new Res.DefaultOf(s));
                    return;
                }
                if (items.traitDeclares(s.name(), member)) return; // missing from its impl: E0046 there
                String kindOf = s instanceof Item.Enum ? "variant or associated item"
                        : callee ? "function or associated item" : "associated item";
                String owner = s instanceof Item.Enum ? "enum" : "struct";
                diags.report(Diagnostic.error("E0599", "no " + kindOf + " named `" + member + "` found for " + owner + " `"
                        + s.name() + "` in the current scope", new Span(p.span().end() - member.length(), p.span().end()),
                        kindOf + " not found in `" + s.name() + "`").withLabel(new Label(new Span(s.span().start(),
                        s.nameSpan().end()), kindOf + " `" + member + "` not found for this " + owner)));
                return;
            }
            diags.error("E0433", "failed to resolve: use of undeclared type `" + type + "`", p.span(),
                    "use of undeclared type `" + type + "`");
            return;
        }
        if (segs.get(0).equals("std") || segs.get(0).equals("core")) {
            unsupported("`" + joined + "`", p.span());
            return;
        }
        diags.error("E0433", "failed to resolve: could not find `" + segs.get(segs.size() - 2) + "` in `"
                + segs.get(0) + "`", p.span(), "");
    }
}
