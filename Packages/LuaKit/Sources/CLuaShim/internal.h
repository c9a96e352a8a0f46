// The shim's own declarations: the per-state bookkeeping and the helpers its C files
// share. Not seen by Swift (LuaKit sees include/CLuaShim.h only).
#ifndef CLUASHIM_INTERNAL_H
#define CLUASHIM_INTERNAL_H
#include "CLuaShim.h"

/* Why a script was stopped (circle_host.killed). */
#define CIRCLE_KILLED_NONE 0
#define CIRCLE_KILLED_INSTRUCTIONS 1
#define CIRCLE_KILLED_MEMORY 2
#define CIRCLE_KILLED_TIME 3

/* Instructions between two calls of the count hook while a script is within budget. */
#define CIRCLE_HOOK_EVERY 1000
/* Seconds of wall-clock time between two readings of the CPU clock (see turn_spent). */
#define CIRCLE_CLOCK_EVERY 0.01
/* CPU seconds one outermost call or resume may use unless the host says otherwise. */
#define CIRCLE_DEFAULT_CPU_SECONDS 2.0
/* Longest error message handed to the host or passed on by coroutine.wrap; a longer
   one keeps its head and tail, with a note of how much was cut between them. */
#define CIRCLE_MESSAGE_MAX 4096
/* Refused allocations after which a script is stopped rather than allowed to retry. */
#define CIRCLE_MAX_REFUSALS 8
/* Work allowed in one call of a string-library pattern function (see strings.c). */
#define CIRCLE_PATTERN_WORK 1.0e8
/* Estimated pattern-matching steps, and bytes written or compared by a library call,
   charged as one instruction (see circle_charge). */
#define CIRCLE_PATTERN_STEPS_PER_INSTRUCTION 64
#define CIRCLE_BYTES_PER_INSTRUCTION 32
/* Elements one call of table.move/insert/remove may shift. */
#define CIRCLE_TABLE_WORK ((lua_Integer)1 << 24)

/* Per-state bookkeeping shared by the allocator, the hook and the trampoline.
   It is the allocator's user data, so any thread of the state can reach it. */
typedef struct circle_host {
    size_t used;             /* bytes currently allocated by the state */
    size_t limit;            /* the cap for allocations made while a script runs */
    int enforce;             /* 1 while Lua runs for a script; 0 while the host pushes values */
    int refusals;            /* allocations refused since the outermost call began */
    int last_refused;        /* the most recent allocation that asked to grow was refused */
    int depth;               /* nesting of host calls into Lua; budgets reset only at depth 0 */
    int killed;              /* CIRCLE_KILLED_* */
    int stop_reported;       /* the stop message has been composed (see circle.stop) */
    int tagged_kind;         /* CIRCLE_ERROR_* of the error value kept at circle.tagged */
    int error_kind;          /* CIRCLE_ERROR_* of the last error returned to the host */
    int64_t budget;          /* instructions left in the current outermost call or resume */
    int64_t budget_total;    /* instructions allowed per outermost call or resume */
    double cpu_limit;        /* CPU seconds allowed per outermost call or resume */
    double cpu_start;        /* the thread's CPU clock early in the outermost call (negative: not read yet) */
    double clock_read_at;    /* the wall clock when the CPU clock was last read */
    char near_source[LUA_IDSIZE]; /* the chunk the hook last saw the script in ("" if none) */
    int near_line;                /* and the line */
    circle_swift_dispatch dispatch;
} circle_host;

circle_host *circle_gethost(lua_State *L);

/* A state with the capped allocator and the count hook (limits.c). */
lua_State *circle_state_with_limits(circle_host *host);

/* Charges work done inside a library call (in instruction equivalents) to the current
   turn; stops the script (raising from the C function running on L) once the turn's
   budget is spent. */
void circle_charge(lua_State *L, double work);
/* Refuses an allocation of bytes a library call is about to make (what names it) that
   the memory cap cannot hold: a memory error at the caller's line, or the stop after
   repeated refusals. Never returns. */
int circle_refuse_memory(lua_State *L, const char *what, double bytes);
/* Bytes the state may still allocate under its cap while a script runs. */
size_t circle_memory_left(lua_State *L);
/* Replaces the string on top, if longer than CIRCLE_MESSAGE_MAX bytes, with its head and
   tail and a note of the bytes cut between them; a tagged message stays tagged. */
void circle_shorten_message(lua_State *L);

/* Registry keys. */
#define CIRCLE_KEY_SAFE "circle.safe"       /* the safe globals */
#define CIRCLE_KEY_ENVMETA "circle.envmeta" /* metatable of every sandbox environment */
#define CIRCLE_KEY_TAGGED "circle.tagged"   /* the last error value the shim raised with a kind */
#define CIRCLE_KEY_STOP "circle.stop"       /* message of the current stop */
#define CIRCLE_KEY_PROBE "circle.probe"     /* a thread that measures the C call depth (errors.c) */

/* Errors and their kinds (errors.c). */
/* Tags the error value on top (left there) as being of kind: the host will classify it so
   wherever it arrives, even after a script's pcall caught it and raised it again. */
void circle_tag_error(lua_State *L, int kind);
/* Whether the value at idx is the very value last tagged (the same object, not an equal message). */
int circle_is_tagged(lua_State *L, int idx);
/* Whether L has used nearly all the Lua stack a thread may have, or is as deep in nested
   C calls as Lua allows. */
int circle_stack_exhausted(lua_State *L);
/* The kind of the error value at idx of L, which failed with status: from the stop, the
   allocator, the value's tag, or the state of the stack where it was raised. */
int circle_classify(lua_State *L, int idx, int status);
/* Prepares the probe circle_classify uses (called once by circle_newstate). */
void circle_prepare_probe(lua_State *L);

/* Raises a sandbox refusal: "file:line: " + formatted message, tagged as such. */
int circle_sandbox_error(lua_State *L, const char *fmt, ...);
/* The same, for a message already on top. */
int circle_sandbox_raise(lua_State *L);
/* Pushes "file:line: " of the nearest calling Lua function ("" if none). */
void circle_where(lua_State *L);
/* Pushes a fresh sandbox environment (a table reading through to the safe globals). */
void circle_push_env(lua_State *L);

/* Marks library and environment metatables as the sandbox's own (sandbox.c). */
void circle_push_lock(lua_State *L);
int circle_is_lock(lua_State *L, int idx);

/* Installed by circle_newstate into the sandbox (strings.c, sandbox.c, coroutines.c). */
void circle_install_string_guards(lua_State *L, int safe_string);
void circle_install_table_guards(lua_State *L, int safe_table);
void circle_install_coroutine_guards(lua_State *L, int safe_coroutine);

#endif
