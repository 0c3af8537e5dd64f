package org.jrustc.typeck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.resolve.Binding;
import org.jrustc.resolve.Resolution;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Item;
import org.jrustc.types.FnSig;
import org.jrustc.types.EnumDef;
import org.jrustc.types.StructDef;
import org.jrustc.types.Ty;

/**
 * The type checker's results, as side tables over the AST: the type of every expression and local,
 * the function each call and method call goes to, and the implicit derefs, borrows and coercions
 * that Rust inserts. Every type in here is fully inferred (no {@link Ty.Var}).
 */
public final class TypeTable {
    // ---- the program's items: one for the whole program, shared by every body's table ----

    public final Resolution resolution;
    public final Map<Item.Fn, FnSig> fnSigs;
    public final Map<Item.Struct, StructDef> structDefs;
    public final List<StructDef> structs;
    public final Map<Item.Enum, EnumDef> enumDefs;
    /** The value of every {@code const} item (those with errors have none). */
    public final Map<Item.Const, ConstValue> consts;
    /**
     * The methods each type gets from the traits it implements, by type name and method name: the
     * impl's own, or an instance of the trait's default method.
     */
    public final Map<String, Map<String, List<TraitMethod>>> traitMethods;
    /** The instances of generic structs and enums, shared by the whole program. */
    private final Monomorphizer monomorphizer;
    /** For each method of an impl block, the type the impl is for (a generic one applied to the impl's parameters). */
    public final Map<Item.Fn, Ty> methodOwners;
    /** The associated types of each type's trait impls ({@code type Item = i32;}), by the type's name, then theirs. */
    public final Map<String, Map<String, Ty>> assocTypes;
    /** The program's traits each type implements, by the type's name. */
    public final Map<String, java.util.Set<String>> implementedTraits;
    /** The type parameters of each generic function, as its signature uses them. */
    public final Map<Item.Fn, List<Ty.Param>> typeParams;
    /** Every function body to compile, each with its own table; a trait's default method once per implementing type. */
    public final List<CheckedBody> bodies;
    /**
     * Deny-by-default lints (out-of-range literals). As in rustc they are only reported when type
     * checking found no error.
     */
    public final List<org.jrustc.diag.Diagnostic> lints;
    /** The fn item whose body is {@code main}. */
    public Item.Fn main;

    // ---- one function body's results ----

    public final Map<Expr, Ty> exprTypes = new IdentityHashMap<>();
    public final Map<Binding, Ty> localTypes = new HashMap<>();
    /** Method calls: the method, and how the receiver was adjusted to fit its self parameter. */
    public final Map<Expr.MethodCall, MethodCallInfo> methodCalls = new IdentityHashMap<>();
    /** Calls that make a type's default value without a user's function: {@code Default::default()}, a derived one. */
    public final java.util.Set<Expr.Call> defaultCalls = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Calls of generic functions: which function, with which type arguments (final types). */
    public final Map<Expr, GenericCall> genericCalls = new IdentityHashMap<>();
    /** For each call of a generic function or method, the instance it calls (filled once instances are made). */
    public final Map<Expr, FnSig> genericCallTargets = new IdentityHashMap<>();
    /** Calls of a path that names a trait's method for a type ({@code Circle::describe(&c)}): the method. */
    public final Map<Expr.Call, FnSig> traitFnCalls = new IdentityHashMap<>();
    /** {@code T::NAME} and {@code Self::NAME} in an instance: the constant they name there. */
    public final Map<Expr.Path, Item.Const> typeParamConsts = new IdentityHashMap<>();
    /** Field accesses: how many auto-derefs reach the struct, and which field. */
    public final Map<Expr.Field, FieldAccess> fieldAccesses = new IdentityHashMap<>();
    /** Index expressions: how many auto-derefs of the indexed expression reach the array. */
    public final Map<Expr.Index, Integer> indexDerefs = new IdentityHashMap<>();
    /** Deref coercions ({@code &Box<T>} to {@code &T}) at coercion sites, by the coerced expression. */
    public final Map<Expr, Coercion> derefCoercions = new IdentityHashMap<>();
    /** Binary operators whose operands are references to integers: how many derefs each side needs. */
    public final Map<Expr, Integer> operandDerefs = new IdentityHashMap<>();

    /** The program's table, before any body is checked. */
    public TypeTable(Resolution resolution) {
        this.resolution = resolution;
        this.fnSigs = new IdentityHashMap<>();
        this.structDefs = new IdentityHashMap<>();
        this.structs = new ArrayList<>();
        this.enumDefs = new IdentityHashMap<>();
        this.consts = new IdentityHashMap<>();
        this.traitMethods = new HashMap<>();
        this.typeParams = new IdentityHashMap<>();
        this.monomorphizer = new Monomorphizer();
        this.methodOwners = new IdentityHashMap<>();
        this.assocTypes = new HashMap<>();
        this.implementedTraits = new HashMap<>();
        this.bodies = new ArrayList<>();
        this.lints = new ArrayList<>();
    }

    private TypeTable(TypeTable program) {
        this.resolution = program.resolution;
        this.fnSigs = program.fnSigs;
        this.structDefs = program.structDefs;
        this.structs = program.structs;
        this.enumDefs = program.enumDefs;
        this.consts = program.consts;
        this.traitMethods = program.traitMethods;
        this.typeParams = program.typeParams;
        this.monomorphizer = program.monomorphizer;
        this.methodOwners = program.methodOwners;
        this.assocTypes = program.assocTypes;
        this.implementedTraits = program.implementedTraits;
        this.bodies = program.bodies;
        this.lints = program.lints;
        this.main = program.main;
    }

    /** A table for one function body: the program's items, and empty per-body results. */
    public TypeTable forBody() { return new TypeTable(this); }

    /**
     * A function body to compile: {@code fn}'s, checked with signature {@code sig}, {@code self} the
     * type {@code Self} stands for (null in free functions), its results in {@code types}.
     */
    public record CheckedBody(Item.Fn fn, FnSig sig, Ty self, TypeTable types) {}

    /** A call of generic function {@code fn} with these type arguments, in the order of its type parameters. */
    public record GenericCall(Item.Fn fn, List<Ty> typeArgs, org.jrustc.diag.Span span) {}

    /** A method type {@code owner} has from trait {@code trait}: {@code fn} is the impl's or the trait's default. */
    public record TraitMethod(Ty owner, String trait, Item.Fn fn, FnSig sig) {}

    public Ty typeOf(Expr e) { return exprTypes.get(e); }

    /** The type a struct or enum declares; for a generic one, applied to its own type parameters ({@code Pair<T>}). */
    public Ty typeOf(Item.TypeDef item) {
        return declaredType(item);
    }

    public Ty declaredType(Item.TypeDef item) {
        if (item instanceof Item.Struct s) {
            StructDef def = structDefs.get(s);
            return new Ty.Adt(def, List.copyOf(def.typeParams()));
        }
        EnumDef def = enumDefs.get((Item.Enum) item);
        return new Ty.Enum(def, List.copyOf(def.typeParams()));
    }

    /** {@code t} as the MIR sees it: every generic struct or enum replaced by its instance. */
    public Ty concrete(Ty t) { return monomorphizer.concrete(normalize(t)); }

    public FnSig concrete(FnSig sig) {
        return monomorphizer.concrete(sig.withTypes(sig.symbol(), sig.params().stream().map(this::normalize).toList(),
                normalize(sig.ret())));
    }

    /** {@code t} with each associated type of a known type ({@code Clicks::Count}) replaced by what its impl says. */
    public Ty normalize(Ty t) {
        if (t instanceof Ty.Projection p) {
            Ty base = normalize(p.base());
            Ty found = assocTypes.getOrDefault(base.display(), Map.of()).get(p.name());
            return found != null ? normalize(found) : new Ty.Projection(base, p.name());
        }
        if (t instanceof Ty.Ref r) return new Ty.Ref(r.mutable(), normalize(r.inner()));
        if (t instanceof Ty.Boxed b) return new Ty.Boxed(normalize(b.inner()));
        if (t instanceof Ty.Array a) return new Ty.Array(normalize(a.element()), a.length());
        if (t instanceof Ty.Tuple tuple) return new Ty.Tuple(tuple.elements().stream().map(this::normalize).toList());
        if (t instanceof Ty.Adt a && !a.args().isEmpty()) return new Ty.Adt(a.def(), a.args().stream().map(this::normalize).toList());
        if (t instanceof Ty.Enum e && !e.args().isEmpty()) return new Ty.Enum(e.def(), e.args().stream().map(this::normalize).toList());
        return t;
    }

    /**
     * Once checking is done: the fields of the program's non-generic structs and enums, which may
     * hold generic ones ({@code struct Node { next: Option<Box<Node>> }}), as the MIR sees them.
     */
    void concretizeDeclarations() {
        for (StructDef def : structDefs.values()) if (def.typeParams().isEmpty()) monomorphizer.concretizeFields(def);
        for (EnumDef def : enumDefs.values()) {
            if (def.typeParams().isEmpty()) def.variants().forEach(monomorphizer::concretizeFields);
        }
    }

    public enum AutoRef { NONE, REF, REF_MUT }

    /** Methods the compiler provides itself until the stdlib can express them. */
    /**
     * INT_METHOD, CHAR_METHOD: one of the standard library's methods on integers ({@code pow},
     * {@code wrapping_add} …) or chars ({@code is_alphabetic} …), by its name.
     */
    public enum BuiltinMethod { CLONE, STR_LEN, STR_IS_EMPTY, ARRAY_LEN, ARRAY_IS_EMPTY, INT_METHOD, CHAR_METHOD, FLOAT_METHOD }

    /**
     * @param sig     the method, or null for a built-in method
     * @param builtin the built-in method when {@code sig} is null
     * @param derefs  how many times the receiver expression is dereferenced before the autoref
     */
    public record MethodCallInfo(FnSig sig, BuiltinMethod builtin, int derefs, AutoRef autoRef) {}

    public record FieldAccess(int derefs, StructDef def, int index) {}

    /** The value of a {@code const} item: {@code bits} of a scalar, or the {@code text} of a {@code &str}. */
    public record ConstValue(Ty type, long bits, String text) {}

    /** A reference re-borrowed after {@code derefs} more derefs of its referent, as {@code &} or {@code &mut}. */
    public record Coercion(int derefs, boolean mutable) {}
}
