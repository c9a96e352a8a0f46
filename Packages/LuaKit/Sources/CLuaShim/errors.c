// What kind of error reached the host, decided from the shim's own bookkeeping and
// never from the message's wording: the stop the hook or the allocator recorded, an
// allocation the cap refused, the tag the shim put on an error value it raised, or the
// state of the stack where the error was raised.
#include "CLuaShim.h"
#include "internal.h"

/* Free Lua stack slots below which a thread counts as having exhausted its stack. Lua
   raises "stack overflow" when a thread would pass LUAI_MAXSTACK slots; a thread that
   did holds nearly all of them, so it cannot be given this many more. */
#define CIRCLE_STACK_MARGIN 1000

void circle_tag_error(lua_State *L, int kind) {
    lua_pushvalue(L, -1);
    lua_setfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_TAGGED);
    circle_gethost(L)->tagged_kind = kind;
}

int circle_is_tagged(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    lua_getfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_TAGGED);
    const void *tagged = lua_topointer(L, -1);
    int same = tagged != NULL && lua_type(L, -1) == lua_type(L, idx) && lua_topointer(L, idx) == tagged;
    lua_pop(L, 1);
    return same;
}

static int probe_body(lua_State *L) {
    (void)L;
    return 0;
}

void circle_prepare_probe(lua_State *L) {
    lua_newthread(L);
    lua_setfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_PROBE);
}

/* Whether L is as deep in nested C calls as Lua allows (LUAI_MAXCCALLS). lua_resume
   refuses to run a thread resumed from such a thread, and that refusal is the probe. */
static int c_calls_exhausted(lua_State *L) {
    lua_getfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_PROBE);
    lua_State *probe = lua_tothread(L, -1);
    lua_pop(L, 1); /* the registry keeps the probe alive */
    if (probe == NULL) return 0;
    int results = 0;
    lua_settop(probe, 0);
    lua_pushcfunction(probe, probe_body);
    int status = lua_resume(probe, L, 0, &results);
    lua_settop(probe, 0);
    return status != LUA_OK;
}

int circle_stack_exhausted(lua_State *L) {
    return !lua_checkstack(L, CIRCLE_STACK_MARGIN) || c_calls_exhausted(L);
}

int circle_classify(lua_State *L, int idx, int status) {
    circle_host *h = circle_gethost(L);
    /* A turn out of CPU time is out of work it may do, as one out of instructions is. */
    if (h->killed == CIRCLE_KILLED_INSTRUCTIONS || h->killed == CIRCLE_KILLED_TIME) return CIRCLE_ERROR_INSTRUCTIONS;
    if (h->killed == CIRCLE_KILLED_MEMORY || status == LUA_ERRMEM || h->last_refused) return CIRCLE_ERROR_MEMORY;
    if (circle_is_tagged(L, idx)) return h->tagged_kind;
    if (circle_stack_exhausted(L)) return CIRCLE_ERROR_STACK;
    return CIRCLE_ERROR_RUNTIME;
}

int circle_error_kind(lua_State *L) { return circle_gethost(L)->error_kind; }
