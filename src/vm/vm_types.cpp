// The VM layer's built-in types (see vm_types.hpp).
#include "vm/vm_types.hpp"

#include "object/code.hpp"
#include "object/type.hpp"
#include "object/typevar.hpp"
#include "vm/classes.hpp"
#include "vm/frame.hpp"
#include "vm/function.hpp"
#include "vm/generator.hpp"

namespace weft {

void vm_init_types(ThreadState& ts) {
  Types& t = ts.vm->types;
  function_types_init(ts);
  code_init_type(ts);
  generator_init_type(ts);
  coroutine_init_types(ts);
  async_gen_init_types(ts);
  typevar_init_types(ts);
  classes_init_types(ts);
  descriptors_init_types(ts);
  // Frame objects (sys._getframe, tb_frame) come with the introspection issue; the type exists so
  // that tracebacks and isinstance checks have something to name.
  t.frame->basic_size = sizeof(Object);
  for (Type* type : {t.function, t.cell, t.code, t.bound_method, t.frame, t.generator}) {
    if (ts.has_pending() || !type_ready(ts, type)) return;
  }
}

}  // namespace weft
