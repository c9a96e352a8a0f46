// CLuaShim: the C side of LuaKit.
//
// Swift cannot see Lua's function-like macros, must never be crossed by Lua's
// longjmp, and cannot write a lua_Alloc or a hook without C. Everything here is
// small and exists for one of those three reasons, or because the sandbox's own
// library functions must run as C functions inside Lua's protected calls.
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

/* Why a script was stopped (circle_host.killed). */
#define CIRCLE_KILLED_NONE 0
#define CIRCLE_KILLED_INSTRUCTIONS 1
#define CIRCLE_KILLED_MEMORY 2

/* Instructions between two calls of the count hook while a script is within budget. */
#define CIRCLE_HOOK_EVERY 1000
/* Refused allocations after which a script is stopped rather than allowed to retry. */
#define CIRCLE_MAX_REFUSALS 8
/* Work allowed in one call of a string-library pattern function (see strings.c). */
#define CIRCLE_PATTERN_WORK 1.0e8
/* Elements one call of table.move/insert/remove may shift. */
#define CIRCLE_TABLE_WORK ((lua_Integer)1 << 24)

/* Called by the trampoline for a Swift function; returns a result count or CIRCLE_RAISE*. */
typedef int (*circle_swift_dispatch)(lua_State *L, void *box);

/* Per-state bookkeeping shared by the allocator, the hook and the trampoline.
   It is the allocator's user data, so any thread of the state can reach it. */
typedef struct circle_host {
    size_t used;             /* bytes currently allocated by the state */
    size_t peak;             /* the most ever allocated at once */
    size_t limit;            /* the cap for allocations made while a script runs */
    int enforce;             /* 1 while Lua runs for a script; 0 while the host pushes values */
    int refusals;            /* allocations refused since the outermost call began */
    int depth;               /* nesting of host calls into Lua; budgets reset only at depth 0 */
    int killed;              /* CIRCLE_KILLED_* */
    int stop_reported;       /* the stop message has been composed (see circle.stop) */
    int64_t budget;          /* instructions left in the current outermost call or resume */
    int64_t budget_total;    /* instructions allowed per outermost call or resume */
    uint64_t sandbox_errors; /* counts the sandbox's refusals; see circle.sandbox.last */
    circle_swift_dispatch dispatch;
} circle_host;

/* A new state using host's allocator and hook, with the safe libraries opened and
   the sandbox's environment prepared. seed seeds math.random (math.randomseed is
   not available to scripts). Returns NULL with *error set on failure. */
lua_State *circle_newstate(circle_host *host, lua_Integer seed, const char **error);
circle_host *circle_gethost(lua_State *L);

/* lua_pcall with a traceback handler and the budget armed. The function and its
   nargs arguments are on top. On error the message, then a traceback, are on top
   (two values) and the status is returned. */
int circle_pcall(lua_State *L, int nargs, int nresults);
/* lua_resume with the budget armed. On error the message, then a traceback, are
   pushed on co. */
int circle_resume(lua_State *from, lua_State *co, int nargs, int *nresults);

/* Pushes a Lua function that calls host->dispatch(L, box). */
void circle_push_swift_function(lua_State *L, void *box);

/* Loads text (never binary) and gives the chunk a fresh sandbox environment.
   Pushes the function, or an error message; returns the lua_load status. */
int circle_load(lua_State *L, const char *buf, size_t len, const char *chunkname);
/* Pushes a fresh sandbox environment (a table reading through to the safe globals). */
void circle_push_env(lua_State *L);
/* Pops the value on top into the safe globals every environment reads through to. */
void circle_set_safe_global(lua_State *L, const char *name);
/* Pushes the message of the sandbox's last refusal (or nil). */
void circle_push_last_sandbox_message(lua_State *L);

/* Raises a sandbox refusal: "file:line: " + formatted message, recorded as such. */
int circle_sandbox_error(lua_State *L, const char *fmt, ...);
/* The same, for a message already on top. */
int circle_sandbox_raise(lua_State *L);
/* Pushes "file:line: " of the nearest calling Lua function ("" if none). */
void circle_where(lua_State *L);
/* Pops the host's module finder and pushes a require function built on it. */
void circle_push_require(lua_State *L);

/* Installed by circle_newstate into the sandbox (strings.c, sandbox.c). */
void circle_install_string_guards(lua_State *L, int safe_string);
void circle_install_table_guards(lua_State *L, int safe_table);

/* Function-like macros of the C API that LuaKit uses, as functions Swift can call.
   There is deliberately no lua_yield wrapper: Swift never yields (see HostPrelude). */
static inline void circle_pop(lua_State *L, int n) { lua_pop(L, n); }
static inline const char *circle_tostring(lua_State *L, int i) { return lua_tostring(L, i); }
static inline lua_Integer circle_tointeger(lua_State *L, int i) { return lua_tointeger(L, i); }
static inline lua_Number circle_tonumber(lua_State *L, int i) { return lua_tonumber(L, i); }
static inline int circle_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline int circle_multret(void) { return LUA_MULTRET; }

#endif
