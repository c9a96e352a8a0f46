// CLuaShim: the C side of LuaKit, as LuaKit's Swift sees it.
//
// Swift cannot see Lua's function-like macros, must never be crossed by Lua's
// longjmp, and cannot write a lua_Alloc or a hook without C. Everything here is
// small and exists for one of those three reasons, or because the sandbox's own
// library functions must run as C functions inside Lua's protected calls. The
// per-state bookkeeping and the sandbox's helpers are the shim's own (internal.h).
#ifndef CLUASHIM_H
#define CLUASHIM_H

#include <stddef.h>
#include <stdint.h>
#include <lua5.4/lua.h>
#include <lua5.4/lualib.h>
#include <lua5.4/lauxlib.h>

/* What a Swift function returns to the trampoline instead of a result count. */
#define CIRCLE_RAISE (-1)         /* message on top: raise it as it is */
#define CIRCLE_RAISE_HERE (-2)    /* message on top: prefix the caller's "file:line:" and raise */
#define CIRCLE_RAISE_SANDBOX (-3) /* message on top: a sandbox refusal, prefixed with "file:line:" */

/* What kind of error a failed circle_pcall or circle_resume ended in (circle_error_kind).
   The shim sets it from its own bookkeeping where the error is raised or first seen,
   never from the message's wording. */
#define CIRCLE_ERROR_RUNTIME 0      /* the script's own error, or a misused value */
#define CIRCLE_ERROR_SANDBOX 1      /* raised by the sandbox: something a script may not do */
#define CIRCLE_ERROR_INSTRUCTIONS 2 /* stopped: the instruction budget was spent */
#define CIRCLE_ERROR_MEMORY 3       /* stopped, or failed: the memory cap refused an allocation */
#define CIRCLE_ERROR_STACK 4        /* the Lua stack or the C call depth was exhausted */

/* Called by the trampoline for a Swift function; returns a result count or CIRCLE_RAISE*. */
typedef int (*circle_swift_dispatch)(lua_State *L, void *box);

/* A new state with its own allocator capped at memory_limit bytes (at least 1 MiB), an
   instruction budget per outermost call or resume, the safe libraries opened and the
   sandbox's environment prepared. dispatch runs Swift functions. seed seeds math.random
   (math.randomseed is not available to scripts). Returns NULL with *error set on
   failure. Close it with circle_close. */
lua_State *circle_newstate(size_t memory_limit, int64_t instruction_budget, lua_Integer seed,
                           circle_swift_dispatch dispatch, const char **error);
/* Sets the CPU time (of the calling thread, in seconds) one outermost call or resume may
   use, counting the work inside library calls the instruction budget cannot see. */
void circle_set_cpu_limit(lua_State *L, double seconds);
/* Closes a state made by circle_newstate and frees its bookkeeping. */
void circle_close(lua_State *L);

/* lua_pcall with a traceback handler and the budget armed. The function and its
   nargs arguments are on top. On error the message, then a traceback, are on top
   (two values) and the status is returned. */
int circle_pcall(lua_State *L, int nargs, int nresults);
/* lua_resume with the budget armed. On error the message, then a traceback, are
   pushed on co. */
int circle_resume(lua_State *from, lua_State *co, int nargs, int *nresults);
/* The CIRCLE_ERROR_* kind of the error the last failed circle_pcall or circle_resume
   of L's state returned. */
int circle_error_kind(lua_State *L);

/* Pushes a Lua function that calls the state's dispatch(L, box). */
void circle_push_swift_function(lua_State *L, void *box);

/* Loads text (never binary) and gives the chunk a fresh sandbox environment.
   Pushes the function, or an error message; returns the lua_load status. */
int circle_load(lua_State *L, const char *buf, size_t len, const char *chunkname);
/* Pops the value on top into the safe globals every environment reads through to. */
void circle_set_safe_global(lua_State *L, const char *name);
/* Pops the host's module finder and pushes a require function built on it. */
void circle_push_require(lua_State *L);

/* Function-like macros of the C API that LuaKit uses, as functions Swift can call.
   There is deliberately no lua_yield wrapper: Swift never yields (see prelude.lua). */
static inline void circle_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline const char *circle_tostring(lua_State *L, int i) { return lua_tostring(L, i); }
static inline lua_Integer circle_tointeger(lua_State *L, int i) { return lua_tointeger(L, i); }
static inline lua_Number circle_tonumber(lua_State *L, int i) { return lua_tonumber(L, i); }
static inline int circle_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline int circle_multret(void) { return LUA_MULTRET; }

#endif
