package org.jrustc.mir.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jrustc.diag.Span;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Terminator;
import org.jrustc.syntax.ast.Expr;
import org.jrustc.syntax.ast.Expr.BinOp;
import org.jrustc.types.FnSig;
import org.jrustc.types.IntKind;
import org.jrustc.types.Ty;

/**
 * Comparisons of values that are more than one scalar (tuples, arrays, structs deriving PartialEq or
 * PartialOrd, and references and boxes of them),
 * as std's {@code PartialEq} and {@code PartialOrd} impls for tuples define them: {@code ==} is
 * true when every element is equal, checked left to right and stopping at the first difference;
 * {@code <}, {@code <=}, {@code >}, {@code >=} are lexicographic: the first pair of elements that
 * differ decides with the strict operator, and when all earlier elements are equal the last pair
 * decides with the operator itself. Both sides are read in place, never moved, as the impls take
 * {@code &self}.
 */
final class ComparisonLowering {
    private final BodyBuilder b;
    /** The structs and enums whose comparison is being lowered inline, innermost last. */
    private final Deque<Ty> expanding = new ArrayDeque<>();

    ComparisonLowering(BodyBuilder b) {
        this.b = b;
    }

    /** True when comparing two values of {@code type} needs this lowering rather than one MIR operation. */
    static boolean isAggregate(Ty type) {
        while (type instanceof Ty.Ref r && !(r.inner() instanceof Ty.Str) || type instanceof Ty.Boxed) {
            type = type instanceof Ty.Ref r ? r.inner() : ((Ty.Boxed) type).inner();
        }
        return type instanceof Ty.Tuple t && !t.elements().isEmpty() || type instanceof Ty.Array || type instanceof Ty.Adt
                || type instanceof Ty.Enum;
    }

    /** {@code dest = left OP right} for a comparison expression whose operands are aggregates. */
    void lower(Expr.Binary e, Place dest) {
        Place left = b.place(e.left());
        Place right = b.place(e.right());
        compare(e.op(), left, right, dest, e.span());
    }

    /** Writes into the bool place {@code dest} whether {@code left OP right}; both places have one type. */
    void compare(BinOp op, Place left, Place right, Place dest, Span span) {
        Ty t = left.type();
        if (t instanceof Ty.Boxed || t instanceof Ty.Ref r && !(r.inner() instanceof Ty.Str)) {
            compare(op, BodyBuilder.derefOnce(left), BodyBuilder.derefOnce(right), dest, span);
        } else if (t instanceof Ty.Tuple tuple && !tuple.elements().isEmpty()) {
            if (op == BinOp.EQ || op == BinOp.NE) equality(op, left, right, tuple.elements(), dest, span);
            else ordering(op, left, right, tuple.elements(), dest, span);
        } else if (t instanceof Ty.Array array) {
            arrays(op, left, right, array.length(), dest, span);
        } else if ((t instanceof Ty.Adt || t instanceof Ty.Enum) && expanding.contains(t)) {
            callDerived(op, left, right, dest, span);
        } else if (t instanceof Ty.Adt || t instanceof Ty.Enum) {
            expanding.addLast(t);
            compareFields(op, left, right, dest, span);
            expanding.removeLast();
        } else {
            b.assignChecked(dest, b.binary(op, new Operand.Copy(left), new Operand.Copy(right), span), span);
        }
    }

    /**
     * A type met again inside its own comparison (through a Box) is compared by a call to its
     * derived comparison function, as inlining it would never end.
     */
    private void callDerived(BinOp op, Place left, Place right, Place dest, Span span) {
        Ty ref = new Ty.Ref(false, left.type());
        Place l = b.temp(ref, span);
        Place r = b.temp(ref, span);
        b.assign(l, new Rvalue.Ref(false, left), span);
        b.assign(r, new Rvalue.Ref(false, right), span);
        BinOp called = op == BinOp.NE ? BinOp.EQ : op;
        FnSig callee = b.derivedComparisons.request(left.type(), called, span);
        b.emitCall(callee, List.of(new Operand.Copy(l), new Operand.Copy(r)), dest, span);
        if (op == BinOp.NE) b.assign(dest, new Rvalue.Unary(Rvalue.UnOp.NOT, new Operand.Copy(dest), Ty.BOOL, b.location(span)), span);
    }

    /** derive(PartialEq, PartialOrd) of a struct or an enum. */
    private void compareFields(BinOp op, Place left, Place right, Place dest, Span span) {
        Ty t = left.type();
        if (t instanceof Ty.Adt adt) {
            // derive(PartialEq, PartialOrd) compares the fields in order, as a tuple of them.
            List<Ty> types = adt.def().fields().stream().map(f -> f.type()).toList();
            Place l = asTuple(left, types);
            Place r = asTuple(right, types);
            if (types.isEmpty()) {
                boolean equalMeans = op == BinOp.EQ || op == BinOp.LE || op == BinOp.GE;
                b.assign(dest, new Rvalue.Use(BodyBuilder.constInt(equalMeans ? 1 : 0, Ty.BOOL)), span);
            } else if (op == BinOp.EQ || op == BinOp.NE) {
                equality(op, l, r, types, dest, span);
            } else {
                ordering(op, l, r, types, dest, span);
            }
        } else if (t instanceof Ty.Enum e) {
            enums(op, left, right, e.def().variants().size(), dest, span);
        }
    }

    /**
     * derive(PartialEq, PartialOrd) on an enum: values of different variants compare by their
     * discriminants; values of one variant compare their payloads as structs.
     */
    private void enums(BinOp op, Place left, Place right, int variants, Place dest, Span span) {
        Place leftTag = b.temp(Ty.USIZE, span);
        Place rightTag = b.temp(Ty.USIZE, span);
        b.assign(leftTag, new Rvalue.VariantIndex(left), span);
        b.assign(rightTag, new Rvalue.VariantIndex(right), span);
        Place same = b.temp(Ty.BOOL, span);
        b.assign(same, b.binary(BinOp.EQ, new Operand.Copy(leftTag), new Operand.Copy(rightTag), span), span);
        int end = b.cfg.newBlock();
        int differ = b.cfg.newBlock();
        branch(same, b.cfg.newBlock(), differ, span);
        for (int v = 0; v < variants; v++) {
            int next = b.cfg.newBlock();
            if (v + 1 < variants) {
                Place isV = b.temp(Ty.BOOL, span);
                b.assign(isV, b.binary(BinOp.EQ, new Operand.Copy(leftTag), BodyBuilder.constInt(v, Ty.USIZE), span), span);
                branch(isV, b.cfg.newBlock(), next, span);
            }
            compare(op, left.downcast(v), right.downcast(v), dest, span);
            b.cfg.block(b.cfg.current).terminator = new Terminator.Goto(end, span);
            b.cfg.switchTo(next);
        }
        b.cfg.block(b.cfg.current).terminator = new Terminator.Unreachable(span);
        b.cfg.switchTo(differ);
        if (op == BinOp.EQ || op == BinOp.NE) {
            b.assign(dest, new Rvalue.Use(BodyBuilder.constInt(op == BinOp.NE ? 1 : 0, Ty.BOOL)), span);
        } else {
            Ty isize = new Ty.Int(IntKind.ISIZE);
            Place leftDiscriminant = b.temp(isize, span);
            Place rightDiscriminant = b.temp(isize, span);
            b.assign(leftDiscriminant, new Rvalue.Discriminant(left), span);
            b.assign(rightDiscriminant, new Rvalue.Discriminant(right), span);
            b.assign(dest, b.binary(strict(op), new Operand.Copy(leftDiscriminant), new Operand.Copy(rightDiscriminant),
                    span), span);
        }
        b.cfg.gotoAndSwitch(end, span);
    }

    private void equality(BinOp op, Place left, Place right, List<Ty> elements, Place dest, Span span) {
        int end = b.cfg.newBlock();
        for (int i = 0; i < elements.size(); i++) {
            compare(BinOp.EQ, left.tupleField(elements, i), right.tupleField(elements, i), dest, span);
            if (i + 1 < elements.size()) branch(dest, b.cfg.newBlock(), end, span);
        }
        b.cfg.gotoAndSwitch(end, span);
        if (op == BinOp.NE) b.assign(dest, new Rvalue.Unary(Rvalue.UnOp.NOT, new Operand.Copy(dest), Ty.BOOL, b.location(span)), span);
    }

    private void ordering(BinOp op, Place left, Place right, List<Ty> elements, Place dest, Span span) {
        int end = b.cfg.newBlock();
        int last = elements.size() - 1;
        for (int i = 0; i < last; i++) {
            Place l = left.tupleField(elements, i);
            Place r = right.tupleField(elements, i);
            Place equal = b.temp(Ty.BOOL, span);
            compare(BinOp.EQ, l, r, equal, span);
            int next = b.cfg.newBlock();
            int differ = b.cfg.newBlock();
            branch(equal, next, differ, span);
            b.cfg.switchTo(differ);
            compare(strict(op), l, r, dest, span);
            b.cfg.block(b.cfg.current).terminator = new Terminator.Goto(end, span);
            b.cfg.switchTo(next);
        }
        compare(op, left.tupleField(elements, last), right.tupleField(elements, last), dest, span);
        b.cfg.gotoAndSwitch(end, span);
    }

    /**
     * Arrays compare as tuples of their elements do, in a loop over the indices: the first pair of
     * elements that differ decides (with the strict operator for an ordering); when none differ,
     * {@code ==}, {@code <=} and {@code >=} hold. (std orders arrays through slices, which also
     * compare lengths, but two arrays of one type have one length.)
     */
    private void arrays(BinOp op, Place left, Place right, int length, Place dest, Span span) {
        boolean equalMeans = op == BinOp.EQ || op == BinOp.LE || op == BinOp.GE;
        b.assign(dest, new Rvalue.Use(BodyBuilder.constInt(equalMeans ? 1 : 0, Ty.BOOL)), span);
        ArrayLowering.Loop loop = b.arrays.startLoop(length, span);
        Place l = left.index(loop.index().local());
        Place r = right.index(loop.index().local());
        Place equal = b.temp(Ty.BOOL, span);
        compare(BinOp.EQ, l, r, equal, span);
        int differ = b.cfg.newBlock();
        branch(equal, b.cfg.newBlock(), differ, span);
        b.arrays.endLoop(loop, span);
        int after = b.cfg.current;
        b.cfg.switchTo(differ);
        if (op == BinOp.EQ || op == BinOp.NE) {
            b.assign(dest, new Rvalue.Use(BodyBuilder.constInt(op == BinOp.NE ? 1 : 0, Ty.BOOL)), span);
        } else {
            compare(strict(op), l, r, dest, span);
        }
        b.cfg.block(b.cfg.current).terminator = new Terminator.Goto(after, span);
        b.cfg.switchTo(after);
    }

    /** Ends the current block: to {@code ifTrue} when {@code cond} holds, else to {@code ifFalse}; continues in {@code ifTrue}. */
    private void branch(Place cond, int ifTrue, int ifFalse, Span span) {
        b.cfg.block(b.cfg.current).terminator = new Terminator.SwitchBool(new Operand.Copy(cond), ifTrue, ifFalse, span);
        b.cfg.switchTo(ifTrue);
    }

    /** A struct's cells are its fields' cells in order: the same place, seen as the tuple of its fields. */
    private static Place asTuple(Place struct, List<Ty> fieldTypes) {
        return new Place(struct.local(), struct.projections(), new Ty.Tuple(fieldTypes));
    }

    private static BinOp strict(BinOp op) {
        return switch (op) {
            case LE -> BinOp.LT;
            case GE -> BinOp.GT;
            default -> op;
        };
    }
}
