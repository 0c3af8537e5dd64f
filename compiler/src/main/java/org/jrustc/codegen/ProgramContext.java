package org.jrustc.codegen;

import org.jrustc.diag.SourceFile;

/**
 * What every function of one program is generated against: the program class's internal name, the
 * method names, the static data being laid out, the drop, Debug, clone and default glue being asked for, and the source file
 * for line numbers (null when there is none), and the trace layouts when the program is traced (null
 * otherwise).
 */
record ProgramContext(String className, JvmNames names, StaticData staticData, DropGlue dropGlue, DebugGlue debugGlue, CloneGlue cloneGlue,
                      DefaultGlue defaultGlue,
                      SourceFile source,
                      TraceLayouts trace) {}
