// Declarations shared between the shim's C files, not seen by Swift.
#ifndef CLUASHIM_INTERNAL_H
#define CLUASHIM_INTERNAL_H
#include "CLuaShim.h"

/* A state with the capped allocator and the count hook (limits.c). */
lua_State *circle_state_with_limits(circle_host *host);

/* Registry keys. */
#define CIRCLE_KEY_SAFE "circle.safe"           /* the safe globals */
#define CIRCLE_KEY_ENVMETA "circle.envmeta"     /* metatable of every sandbox environment */
#define CIRCLE_KEY_LAST "circle.sandbox.last"   /* message of the last refusal */
#define CIRCLE_KEY_STOP "circle.stop"           /* message of the current stop */

/* Marks library and environment metatables as the sandbox's own (sandbox.c). */
void circle_push_lock(lua_State *L);
int circle_is_lock(lua_State *L, int idx);

#endif
