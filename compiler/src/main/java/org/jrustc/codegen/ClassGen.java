package org.jrustc.codegen;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jrustc.diag.SourceFile;
import org.jrustc.diag.Span;
import org.jrustc.mir.MirBody;
import org.jrustc.mir.MirProgram;
import org.jrustc.types.FnSig;
import org.jrustc.types.Layout;
import org.jrustc.types.Ty;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The code generator: turns a MIR program into one JVM class, {@code rust.Program}, that implements
 * {@code org.jrustc.runtime.RustProgram}. It holds one static method per MIR body (FunctionGen), the
 * drop glue those need (DropGlue), {@code runMain}, {@code staticData} (the string literal bytes) and
 * a {@code main(String[])} for runnable jars. The generated code follows docs/RUNTIME_ABI.md and
 * passes ASM's CheckClassAdapter.
 */
public final class ClassGen implements Opcodes {
    public static final String CLASS_NAME = "rust/Program";

    private ClassGen() {}

    public static GeneratedProgram generate(MirProgram program, SourceFile source) {
        return generate(program, source, CodegenOptions.DEFAULT);
    }

    public static GeneratedProgram generate(MirProgram program, SourceFile source, CodegenOptions options) {
        JvmNames names = new JvmNames(program);
        StaticData staticData = new StaticData();
        TraceLayouts trace = options.trace() ? new TraceLayouts(program) : null;
        DropGlue dropGlue = new DropGlue(CLASS_NAME, names, trace);
        DebugGlue debugGlue = new DebugGlue(CLASS_NAME, names);
        CloneGlue cloneGlue = new CloneGlue(CLASS_NAME, names, trace);
        DefaultGlue defaultGlue = new DefaultGlue(CLASS_NAME, names, trace);
        ProgramContext context = new ProgramContext(CLASS_NAME, names, staticData, dropGlue, debugGlue, cloneGlue,
                defaultGlue, source, trace);

        ClassWriter cw = new OfflineClassWriter();
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, CLASS_NAME, null, "java/lang/Object",
                new String[] {Bytecode.RUST_PROGRAM});
        cw.visitSource(fileName(source != null ? source.path() : program.sourcePath()), null);
        constructor(cw);
        jarEntryPoint(cw);
        for (MirBody body : program.bodies()) {
            checkParameterSlots(body);
            FunctionGen.generate(context, body).accept(cw);
        }
        dropGlue.generatePending(cw);
        debugGlue.generatePending(cw);
        cloneGlue.generatePending(cw);
        defaultGlue.generatePending(cw);
        runMain(cw, program.main(), names);
        staticDataMethod(cw, staticData.bytes());
        if (trace != null) traceTableMethod(cw, trace.table().encode());
        cw.visitEnd();
        return new GeneratedProgram(CLASS_NAME.replace('/', '.'), Map.of(CLASS_NAME, toBytes(cw, program, names)));
    }

    /** A JVM method takes at most 255 slots of parameters: the Machine's one and two per {@code long}. */
    private static void checkParameterSlots(MirBody body) {
        Type[] params = Type.getArgumentTypes(JvmNames.descriptor(body.sig()));
        int slots = 0;
        for (Type t : params) slots += t.getSize();
        if (slots > 255) {
            throw new JvmLimitExceeded("function `" + body.sig().symbol() + "` has too many parameters for jrustc",
                    new Span(body.span().start(), body.span().start() + 2),
                    "a JVM method takes at most 255 slots of parameters, and jrustc passes each one-cell parameter "
                    + "as a 2-slot `long`: at most 127 such parameters");
        }
    }

    /** The class file; a method over the JVM's size limit is reported with the function it came from. */
    private static byte[] toBytes(ClassWriter cw, MirProgram program, JvmNames names) {
        try {
            return cw.toByteArray();
        } catch (org.objectweb.asm.MethodTooLargeException e) {
            for (MirBody body : program.bodies()) {
                if (names.method(body.sig()).equals(e.getMethodName())) {
                    Span fn = new Span(body.span().start(), body.span().start() + 2);
                    throw new JvmLimitExceeded("function `" + body.sig().symbol() + "` is too large for jrustc", fn,
                            "its code exceeds the JVM's limit of 64 KiB of bytecode per method; jrustc cannot split "
                            + "a function yet, so split it into smaller functions");
                }
            }
            throw e;
        } catch (org.objectweb.asm.ClassTooLargeException e) {
            throw new JvmLimitExceeded("the program is too large for jrustc", Span.NONE,
                    "it needs more than the 65535 constants one JVM class can hold; jrustc puts a whole program "
                    + "in one class");
        }
    }

    private static void constructor(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code public static void main(String[] args) { Launcher.launch(new Program(), args); }} */
    private static void jarEntryPoint(ClassWriter cw) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "main", "([Ljava/lang/String;)V", null, null);
        mv.visitCode();
        mv.visitTypeInsn(NEW, CLASS_NAME);
        mv.visitInsn(DUP);
        mv.visitMethodInsn(INVOKESPECIAL, CLASS_NAME, "<init>", "()V", false);
        mv.visitVarInsn(ALOAD, 0);
        mv.visitMethodInsn(INVOKESTATIC, Bytecode.LAUNCHER, "launch",
                "(L" + Bytecode.RUST_PROGRAM + ";[Ljava/lang/String;)V", false);
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code public void runMain(Machine m) { main(m); }} */
    private static void runMain(ClassWriter cw, FnSig main, JvmNames names) {
        if (!main.params().isEmpty() || JvmNames.returnsViaSret(main)) {
            throw new IllegalStateException("fn main must take no parameters and return a value of at most one cell");
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "runMain", "(" + Bytecode.MACHINE_DESC + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 1);
        mv.visitMethodInsn(INVOKESTATIC, CLASS_NAME, names.method(main), JvmNames.descriptor(main), false);
        if (main.ret() instanceof Ty.Int) {
            // The start of a program whose `main` returns a Result: its value is the exit status.
            mv.visitVarInsn(ALOAD, 1);
            mv.visitInsn(DUP_X2);
            mv.visitInsn(POP);
            mv.visitInsn(L2I);
            Bytecode.callMachine(mv, "setExitStatus", "(I)V");
        } else if (Layout.sizeOf(main.ret()) == 1) {
            mv.visitInsn(POP2);
        }
        mv.visitInsn(RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code public byte[] staticData()}: the blob, stored as Latin-1 string constants (one char per byte). */
    private static void staticDataMethod(ClassWriter cw, byte[] bytes) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "staticData", "()[B", null, null);
        mv.visitCode();
        Bytecode.pushString(mv, new String(bytes, StandardCharsets.ISO_8859_1));
        mv.visitFieldInsn(GETSTATIC, "java/nio/charset/StandardCharsets", "ISO_8859_1", "Ljava/nio/charset/Charset;");
        mv.visitMethodInsn(INVOKEVIRTUAL, "java/lang/String", "getBytes", "(Ljava/nio/charset/Charset;)[B", false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code public String traceTable()}: the encoded layouts the runtime's tracer reads (traced programs only). */
    private static void traceTableMethod(ClassWriter cw, String table) {
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "traceTable", "()Ljava/lang/String;", null, null);
        mv.visitCode();
        Bytecode.pushString(mv, table);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static String fileName(String path) {
        if (path == null) return "main.rs";
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }

    /**
     * Computes stack map frames without loading classes: the only reference types whose common
     * super class a frame can need are the runtime's exceptions and the JDK's.
     */
    private static final class OfflineClassWriter extends ClassWriter {
        private static final Map<String, String> SUPER = Map.of(
                Bytecode.PANIC, "java/lang/RuntimeException",
                "org/jrustc/runtime/MachineFault", "java/lang/RuntimeException",
                "org/jrustc/runtime/Abort", "java/lang/RuntimeException",
                "java/lang/RuntimeException", "java/lang/Exception",
                "java/lang/Exception", "java/lang/Throwable",
                "java/lang/Throwable", "java/lang/Object");

        OfflineClassWriter() { super(COMPUTE_FRAMES); }

        @Override
        protected String getCommonSuperClass(String a, String b) {
            for (String x = a; x != null; x = SUPER.get(x)) {
                for (String y = b; y != null; y = SUPER.get(y)) {
                    if (x.equals(y)) return x;
                }
            }
            return "java/lang/Object";
        }
    }
}
