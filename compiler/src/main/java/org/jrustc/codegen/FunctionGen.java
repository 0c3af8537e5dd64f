package org.jrustc.codegen;

import static org.jrustc.codegen.Bytecode.pushInt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;
import org.jrustc.mir.BasicBlock;
import org.jrustc.mir.Constant;
import org.jrustc.mir.Local;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.Operand;
import org.jrustc.mir.Place;
import org.jrustc.mir.Rvalue;
import org.jrustc.mir.Statement;
import org.jrustc.mir.Terminator;
import org.jrustc.types.FnSig;
import org.jrustc.types.EnumDef;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Turns one MIR body into one static JVM method, following docs/RUNTIME_ABI.md: a prologue that
 * pushes the frame and copies the parameters into it, one stretch of code per basic block in block
 * order, and the unwinding machinery (a handler stub per cleanup block that is an unwind target, and
 * one method-wide handler that pops the frame and rethrows).
 */
final class FunctionGen implements Opcodes {
    private final ProgramContext program;
    private final MirBody body;
    private final MethodNode method;
    private final JvmLocals slots;
    private final PlaceAccess places;
    private final OperatorGen operators;
    private final FormatGen format;
    private final HandlerRegions regions;
    private final TraceHooks trace;
    private final LabelNode[] blockLabels;
    private final Map<Integer, LabelNode> cleanupEntries = new LinkedHashMap<>();
    private final LabelNode leaveAndRethrow = new LabelNode();
    /** The handler of cleanup code: a panic leaving it aborts the program. */
    private final LabelNode cleanupPanicked = new LabelNode();
    private boolean cleanupCode;
    private int lastLine = -1;

    private FunctionGen(ProgramContext program, MirBody body) {
        this.program = program;
        this.body = body;
        FnSig sig = body.sig();
        this.method = new MethodNode(ACC_PUBLIC | ACC_STATIC, program.names().method(sig), JvmNames.descriptor(sig),
                null, null);
        this.slots = new JvmLocals(body);
        this.places = new PlaceAccess(method, body, slots, program.staticData());
        this.operators = new OperatorGen(method, places);
        this.format = new FormatGen(method, places, slots, program.debugGlue());
        this.regions = new HandlerRegions(method);
        this.trace = new TraceHooks(method, slots, places, program.trace());
        this.blockLabels = new LabelNode[body.blocks().size()];
        for (int i = 0; i < blockLabels.length; i++) blockLabels[i] = new LabelNode();
    }

    /** The method for {@code body}, complete but not yet added to a class. */
    static MethodNode generate(ProgramContext program, MirBody body) {
        FunctionGen gen = new FunctionGen(program, body);
        gen.prologue();
        for (BasicBlock block : body.blocks()) gen.block(block);
        gen.regions.finish();
        gen.handlers();
        gen.method.visitMaxs(0, 0);
        gen.method.visitEnd();
        return gen.method;
    }

    // ---- prologue ----

    private void prologue() {
        line(body.span());
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        method.visitFieldInsn(GETFIELD, Bytecode.MACHINE, "stack", "[J");
        method.visitVarInsn(ASTORE, slots.stackSlot);
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        pushInt(method, body.frameSize());
        Bytecode.callMachine(method, "enter", "(I)I");
        method.visitVarInsn(ISTORE, slots.fpSlot);
        // Every JVM local a handler may read gets a value before the first protected instruction.
        method.visitInsn(ACONST_NULL);
        method.visitVarInsn(ASTORE, slots.panicSlot);
        for (Local local : body.locals()) {
            int slot = slots.valueSlot[local.index()];
            if (slot >= 0 && slot != slots.paramSlot[local.index()]) {
                method.visitInsn(LCONST_0);
                method.visitVarInsn(LSTORE, slot);
            }
        }
        for (int i = 1; i <= body.argCount(); i++) storeParameter(body.locals().get(i));
        trace.enter(body.sig());
    }

    private void storeParameter(Local param) {
        int size = Layout.sizeOf(param.type());
        int slot = slots.paramSlot[param.index()];
        if (size == 0 || slots.valueSlot[param.index()] >= 0) return;
        Place place = Place.local(param.index(), param.type());
        if (size == 1) {
            places.storeValue(place, () -> method.visitVarInsn(LLOAD, slot));
        } else {
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            method.visitVarInsn(LLOAD, slot);
            places.pushAddress(place);
            pushInt(method, size);
            Bytecode.callMachine(method, "copy", "(JJI)V");
        }
    }

    // ---- blocks ----

    private void block(BasicBlock block) {
        method.visitLabel(blockLabels[block.index()].getLabel());
        LabelNode unwind = block.cleanup() ? cleanupPanicked : unwindTarget(block.unwind());
        cleanupCode |= block.cleanup();
        regions.cover(unwind);
        for (Statement statement : block.statements()) {
            // Markers have no code of their own (unless traced): they must not add a line entry.
            if (!isMarker(statement)) line(statement.span());
            slots.releaseScratch();
            statement(statement);
        }
        Terminator terminator = block.terminator();
        line(terminator.span());
        slots.releaseScratch();
        if (!block.cleanup()) {
            if (terminator instanceof Terminator.Call call) regions.cover(unwindTarget(call.unwind()));
            if (terminator instanceof Terminator.Drop drop) regions.cover(unwindTarget(drop.unwind()));
        } else if (terminator instanceof Terminator.Resume) {
            regions.cover(null); // rethrowing the panic being unwound is how cleanup code ends
        }
        terminator(terminator, block.index());
    }

    private static boolean isMarker(Statement s) {
        return s instanceof Statement.Returning || s instanceof Statement.StorageLive || s instanceof Statement.StorageDead;
    }

    /** Where a panic goes: a cleanup block's entry stub, or the handler that just leaves the frame. */
    private LabelNode unwindTarget(int cleanupBlock) {
        if (cleanupBlock < 0) return leaveAndRethrow;
        return cleanupEntries.computeIfAbsent(cleanupBlock, b -> new LabelNode());
    }

    private void statement(Statement statement) {
        if (statement instanceof Statement.Assign a) {
            assign(a.place(), a.value());
            if (a.value() instanceof Rvalue.Use u && u.operand().place() != null) {
                trace.copied(u.operand().place(), a.place());
            } else {
                trace.initialised(a.place(), true);
            }
            if (a.value() instanceof Rvalue.Use u) trace.movedOut(u.operand());
            if (a.value() instanceof Rvalue.Cast c) trace.movedOut(c.operand());
        } else if (statement instanceof Statement.Default d) {
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            places.pushAddress(d.place());
            program.defaultGlue().emitCall(method, d.place().type());
            trace.initialised(d.place(), true);
        } else if (statement instanceof Statement.Clone c) {
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            places.pushAddress(c.source());
            places.pushAddress(c.destination());
            program.cloneGlue().emitCall(method, c.destination().type());
            trace.copied(c.source(), c.destination());
        } else if (statement instanceof Statement.SetDiscriminant d) {
            places.storeTag(d.place(), d.variant());
            trace.variantSet(d.place(), d.variant());
        } else if (statement instanceof Statement.Returning) {
            trace.returning(body.sig(), slots.sretSlot);
        } else if (statement instanceof Statement.StorageLive live) {
            trace.initialised(Place.local(live.local(), body.locals().get(live.local()).type()), false);
        } else if (statement instanceof Statement.StorageDead dead) {
            trace.initialised(Place.local(dead.local(), body.locals().get(dead.local()).type()), false);
        } else if (statement instanceof Statement.Print p) {
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            method.visitInsn(p.err() ? ICONST_1 : ICONST_0);
            format.pushText(p.parts(), p.newline() ? "\n" : "");
            Bytecode.callMachine(method, "print", "(ZLjava/lang/String;)V");
        } else if (statement instanceof Statement.FreeBox f) {
            Ty content = ((Ty.Boxed) f.boxPlace().type()).inner();
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            places.loadValue(f.boxPlace());
            pushInt(method, Layout.sizeOf(content));
            Bytecode.callMachine(method, "free", "(JI)V");
            trace.initialised(f.boxPlace(), false);
        } else {
            throw new IllegalStateException("unknown statement " + statement);
        }
    }

    private void assign(Place place, Rvalue value) {
        int size = Layout.sizeOf(place.type());
        if (size == 0) return;
        if (size == 1) {
            places.storeValue(place, () -> rvalue(value));
        } else if (value instanceof Rvalue.Use use && use.operand() instanceof Operand.Const c
                && c.value() instanceof Constant.Str s) {
            places.storeStr(place, s.value());
        } else if (value instanceof Rvalue.Use use && use.operand().place() != null) {
            places.copy(use.operand().place(), place);
        } else if (value instanceof Rvalue.Ref ref && ref.place().type() instanceof Ty.Str) {
            places.copy(fatPointerOf(ref.place()), place);
        } else {
            throw new IllegalStateException("cannot assign " + value + " to a place of " + size + " cells");
        }
    }

    /** {@code &*s} where s is a {@code &str}: the new reference is a copy of s. */
    private static Place fatPointerOf(Place strPlace) {
        List<Place.Projection> projections = strPlace.projections();
        if (projections.isEmpty() || !(projections.get(projections.size() - 1) instanceof Place.Deref)) {
            throw new IllegalStateException("a str place must be a deref of a &str: " + strPlace);
        }
        return new Place(strPlace.local(), projections.subList(0, projections.size() - 1), Ty.STATIC_STR);
    }

    /** Pushes the one-cell value of an rvalue. */
    private void rvalue(Rvalue value) {
        if (value instanceof Rvalue.Use u) {
            places.loadOperand(u.operand());
        } else if (value instanceof Rvalue.Binary b) {
            operators.binary(b);
        } else if (value instanceof Rvalue.Unary u) {
            operators.unary(u);
        } else if (value instanceof Rvalue.Ref r) {
            places.pushAddress(r.place());
        } else if (value instanceof Rvalue.Cast c) {
            operators.cast(c);
        } else if (value instanceof Rvalue.VariantIndex v) {
            places.loadTag(v.place());
        } else if (value instanceof Rvalue.Discriminant d) {
            places.loadTag(d.place());
            discriminantOfIndex(((Ty.Enum) d.place().type()).def());
        } else if (value instanceof Rvalue.HeapAlloc h) {
            trace.allocate(h.content());
        } else if (value instanceof Rvalue.PrimitiveMethod i) {
            primitiveMethod(i);
        } else {
            throw new IllegalStateException("unknown rvalue " + value);
        }
    }

    /** Replaces the variant index on the stack by that variant's discriminant (when they differ). */
    private void discriminantOfIndex(EnumDef def) {
        List<Long> discriminants = def.discriminants();
        boolean same = true;
        for (int i = 0; i < discriminants.size(); i++) same &= discriminants.get(i) == i;
        if (same) return;
        org.objectweb.asm.Label end = new org.objectweb.asm.Label();
        org.objectweb.asm.Label[] cases = new org.objectweb.asm.Label[discriminants.size()];
        for (int i = 0; i < cases.length; i++) cases[i] = new org.objectweb.asm.Label();
        method.visitInsn(L2I);
        method.visitTableSwitchInsn(0, cases.length - 1, cases[cases.length - 1], cases);
        for (int i = 0; i < cases.length; i++) {
            method.visitLabel(cases[i]);
            Bytecode.pushLong(method, discriminants.get(i));
            method.visitJumpInsn(GOTO, end);
        }
        method.visitLabel(end);
    }

    /**
     * A method of a primitive: {@code IntMethods.method(args…, bits, signed, machine, location)},
     * {@code FloatMethods.method(args…, single)} or {@code CharMethods.method(args…)}.
     */
    private void primitiveMethod(Rvalue.PrimitiveMethod call) {
        StringBuilder descriptor = new StringBuilder("(");
        for (Operand arg : call.args()) {
            places.loadOperand(arg);
            descriptor.append('J');
        }
        String owner;
        if (call.operandType() instanceof Ty.Float f) {
            method.visitInsn(f.single() ? ICONST_1 : ICONST_0);
            descriptor.append('Z');
            owner = Bytecode.FLOAT_METHODS;
        } else if (call.operandType() instanceof Ty.Int i) {
            pushInt(method, i.kind().bits);
            method.visitInsn(i.kind().signed ? ICONST_1 : ICONST_0);
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            method.visitLdcInsn(call.location());
            descriptor.append("IZ").append(Bytecode.MACHINE_DESC).append("Ljava/lang/String;");
            owner = Bytecode.INT_METHODS;
        } else {
            owner = Bytecode.CHAR_METHODS;
        }
        method.visitMethodInsn(INVOKESTATIC, owner, call.method(), descriptor.append(")J").toString(), false);
    }

    // ---- terminators ----

    private void terminator(Terminator terminator, int blockIndex) {
        if (terminator instanceof Terminator.Goto g) {
            jump(g.target(), blockIndex);
        } else if (terminator instanceof Terminator.SwitchBool s) {
            places.loadOperand(s.cond());
            method.visitInsn(LCONST_0);
            method.visitInsn(LCMP);
            method.visitJumpInsn(IFNE, blockLabels[s.ifTrue()].getLabel());
            jump(s.ifFalse(), blockIndex);
        } else if (terminator instanceof Terminator.Return) {
            emitReturn();
        } else if (terminator instanceof Terminator.Call c) {
            call(c, blockIndex);
        } else if (terminator instanceof Terminator.Drop d) {
            drop(d, blockIndex);
        } else if (terminator instanceof Terminator.Panic p) {
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            if (p.location() != null) {
                method.visitLdcInsn(p.location());
            } else {
                method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
                Bytecode.callMachine(method, "callerLocation", "()Ljava/lang/String;");
            }
            format.pushText(p.message(), "");
            Bytecode.callMachine(method, "panic", "(Ljava/lang/String;Ljava/lang/String;)L" + Bytecode.PANIC + ";");
            method.visitInsn(ATHROW);
        } else if (terminator instanceof Terminator.Resume) {
            trace.event("traceUnwind");
            leaveFrame();
            method.visitVarInsn(ALOAD, slots.panicSlot);
            method.visitInsn(ATHROW);
        } else if (terminator instanceof Terminator.Unreachable) {
            unreachable();
        } else {
            throw new IllegalStateException("unknown terminator " + terminator);
        }
    }

    private void emitReturn() {
        int size = Layout.sizeOf(body.returnLocal().type());
        if (size == 1) {
            places.loadValue(Place.local(0, body.returnLocal().type()));
            trace.event("traceLeave");
            leaveFrame();
            method.visitInsn(LRETURN);
        } else {
            trace.event("traceLeave");
            leaveFrame();
            method.visitInsn(RETURN);
        }
    }

    private void call(Terminator.Call call, int blockIndex) {
        FnSig callee = call.callee();
        for (Operand arg : call.args()) trace.movedOut(arg);
        if (callee.trackCaller() && !body.sig().trackCaller() && program.source() != null) {
            // The callee's panics report this call's location; inside a #[track_caller] function,
            // the location its own caller passed stays.
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            method.visitLdcInsn(program.source().location(call.span().start()));
            Bytecode.callMachine(method, "setCallerLocation", "(Ljava/lang/String;)V");
        }
        trace.call(callee);
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        if (JvmNames.returnsViaSret(callee)) {
            if (call.destination() == null) throw new IllegalStateException("call of " + callee.symbol() + " needs a destination");
            places.pushAddress(call.destination());
        }
        for (Operand arg : call.args()) {
            int size = Layout.sizeOf(arg.type());
            if (size == 1) {
                places.loadOperand(arg);
            } else if (size > 1) {
                if (arg.place() == null) throw new IllegalStateException("multi-cell argument must be a place: " + arg);
                places.pushAddress(arg.place());
            }
        }
        method.visitMethodInsn(INVOKESTATIC, program.className(), program.names().method(callee),
                JvmNames.descriptor(callee), false);
        if (Layout.sizeOf(callee.ret()) == 1) {
            if (call.destination() == null) {
                method.visitInsn(POP2);
            } else {
                int result = slots.scratchLong();
                method.visitVarInsn(LSTORE, result);
                places.storeValue(call.destination(), () -> method.visitVarInsn(LLOAD, result));
            }
        }
        if (call.destination() != null) trace.initialised(call.destination(), true);
        trace.event("traceReturned");
        if (call.target() < 0) unreachable(); else jump(call.target(), blockIndex);
    }

    private void drop(Terminator.Drop drop, int blockIndex) {
        Ty type = drop.place().type();
        if (Layout.needsDrop(type)) {
            if (type instanceof Ty.Boxed) {
                method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
                places.loadValue(drop.place());
                program.dropGlue().emitCall(method, type);
            } else if (places.hasAddress(drop.place())) {
                method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
                places.pushAddress(drop.place());
                program.dropGlue().emitCall(method, type);
            } else {
                dropFromJvmLocal(drop.place());
            }
            trace.initialised(drop.place(), false);
        }
        jump(drop.target(), blockIndex);
    }

    /**
     * Drops a one-cell value that lives in a JVM local (a temporary whose address was never taken):
     * its drop needs an address, so it gets a cell in a one-cell frame of its own for the drop.
     */
    private void dropFromJvmLocal(Place place) {
        int cell = slots.scratchLong();
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        method.visitInsn(ICONST_1);
        Bytecode.callMachine(method, "enter", "(I)I");
        method.visitInsn(I2L);
        method.visitVarInsn(LSTORE, cell);
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        method.visitVarInsn(LLOAD, cell);
        places.loadValue(place);
        Bytecode.callMachine(method, "store", "(JJ)V");
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        method.visitVarInsn(LLOAD, cell);
        program.dropGlue().emitCall(method, place.type());
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        method.visitVarInsn(LLOAD, cell);
        method.visitInsn(L2I);
        Bytecode.callMachine(method, "leave", "(I)V");
    }

    private void jump(int target, int fromBlock) {
        if (target != fromBlock + 1) method.visitJumpInsn(GOTO, blockLabels[target].getLabel());
    }

    private void leaveFrame() {
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        method.visitVarInsn(ILOAD, slots.fpSlot);
        Bytecode.callMachine(method, "leave", "(I)V");
    }

    private void unreachable() {
        method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
        method.visitLdcInsn(body.sig().symbol());
        Bytecode.callMachine(method, "unreachable", "(Ljava/lang/String;)Lorg/jrustc/runtime/MachineFault;");
        method.visitInsn(ATHROW);
    }

    // ---- unwinding ----

    /**
     * After the blocks: each cleanup entry stores the panic and jumps to its cleanup block (which
     * ends in Resume); the method-wide handler pops the frame and rethrows.
     */
    private void handlers() {
        for (Map.Entry<Integer, LabelNode> entry : cleanupEntries.entrySet()) {
            method.instructions.add(entry.getValue());
            method.visitVarInsn(ASTORE, slots.panicSlot);
            method.visitJumpInsn(GOTO, blockLabels[entry.getKey()].getLabel());
        }
        method.instructions.add(leaveAndRethrow);
        trace.event("traceUnwind");
        leaveFrame();
        method.visitInsn(ATHROW);
        if (cleanupCode) {
            method.instructions.add(cleanupPanicked);
            method.visitInsn(POP);
            method.visitVarInsn(ALOAD, JvmLocals.MACHINE);
            Bytecode.callMachine(method, "cleanupPanicked", "()Lorg/jrustc/runtime/Abort;");
            method.visitInsn(ATHROW);
        }
    }

    private void line(Span span) {
        SourceFile source = program.source();
        if (source == null || span == null || span.equals(Span.NONE)) return;
        int line = source.lineOf(span.start());
        if (line == lastLine) return;
        lastLine = line;
        LabelNode here = new LabelNode();
        method.instructions.add(here);
        method.visitLineNumber(line, here.getLabel());
    }
}
