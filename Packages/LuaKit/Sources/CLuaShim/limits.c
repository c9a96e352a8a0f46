// The limits every script runs under: a capped allocator, an instruction budget
// enforced by a count hook, and the trampoline that lets Swift raise Lua errors
// without Lua's longjmp ever crossing a Swift frame.
#include "CLuaShim.h"
#include "internal.h"
#include <stdlib.h>
#include <string.h>
#include <time.h>

circle_host *circle_gethost(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (circle_host *)ud;
}

/* Refuses growth past the limit while a script runs; freeing and shrinking
   always succeed, as Lua requires. */
static void *circle_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    circle_host *h = (circle_host *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        free(ptr);
        h->used -= old;
        return NULL;
    }
    if (nsize > old && h->enforce && h->used - old + nsize > h->limit) {
        h->refusals++;
        h->last_refused = 1;
        if (h->refusals > CIRCLE_MAX_REFUSALS && h->killed == CIRCLE_KILLED_NONE)
            h->killed = CIRCLE_KILLED_MEMORY;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p == NULL) return NULL;
    h->used = h->used - old + nsize;
    if (nsize > old) h->last_refused = 0;
    return p;
}

/* Raises the message on top of L with the allocator relaxed, so that composing
   the message itself cannot fail. */
static int raise_with(lua_State *L, circle_host *h, int saved_enforce) {
    h->enforce = saved_enforce;
    return lua_error(L);
}

static double cpu_now(void) {
    struct timespec t;
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0) return 0;
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* A clock far cheaper to read than the CPU clock, and never slower than it. */
static double coarse_now(void) {
    struct timespec t;
    if (clock_gettime(CLOCK_MONOTONIC_COARSE, &t) != 0) return 0;
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void circle_hook(lua_State *L, lua_Debug *ar);

/* Raises the stop recorded in h->killed from L: from the hook (in_c 0), naming the line
   running; from a library function (in_c 1), the nearest script line calling it. From
   then on the hook fires on every instruction and raises the same stop each time, so a
   script's own pcall cannot swallow it. */
static int raise_stop(lua_State *L, circle_host *h, int in_c) {
    lua_sethook(L, circle_hook, LUA_MASKCOUNT | LUA_MASKLINE, 1);
    int saved = h->enforce;
    h->enforce = 0;
    if (!h->stop_reported) {
        /* Composed once, where the script was stopped; every later raise repeats it,
           so the message never points at whatever code the stop unwound through. */
        if (in_c) circle_where(L);
        else luaL_where(L, 0);
        if (h->killed == CIRCLE_KILLED_INSTRUCTIONS)
            lua_pushfstring(L, "script stopped: it used its budget of %I instructions for one turn (an endless loop?)",
                            (lua_Integer)h->budget_total);
        else if (h->killed == CIRCLE_KILLED_TIME)
            lua_pushfstring(L, "script stopped: it used more than its %f s of CPU time for one turn "
                               "(an endless loop, or too much work in library calls?)", (lua_Number)h->cpu_limit);
        else
            lua_pushfstring(L, "script stopped: it kept asking for more than its %I MiB of memory",
                            (lua_Integer)(h->limit >> 20));
        lua_concat(L, 2);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_STOP);
        h->stop_reported = 1;
    } else {
        lua_getfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_STOP);
    }
    return raise_with(L, h, saved);
}

/* Whether the turn has spent its instructions or its CPU time; records which. The CPU
   clock is a system call, costing about a thousand instructions, so it is read only once
   the wall clock (which runs at least as fast) has moved on CIRCLE_CLOCK_EVERY seconds.
   The first read of a turn starts its count: a short turn (nearly every one) never reads
   it, and a long one is counted from at most CIRCLE_CLOCK_EVERY seconds after it began. */
static int turn_spent(circle_host *h) {
    if (h->budget <= 0) {
        h->killed = CIRCLE_KILLED_INSTRUCTIONS;
        return 1;
    }
    double wall = coarse_now();
    if (wall - h->clock_read_at >= CIRCLE_CLOCK_EVERY) {
        h->clock_read_at = wall;
        double cpu = cpu_now();
        if (h->cpu_start < 0) {
            h->cpu_start = cpu;
        } else if (cpu - h->cpu_start > h->cpu_limit) {
            h->killed = CIRCLE_KILLED_TIME;
            return 1;
        }
    }
    return 0;
}

/* Counts instructions and reads the CPU clock now and then; once the turn is spent (or
   memory has been refused too often) it raises the stop. */
static void circle_hook(lua_State *L, lua_Debug *ar) {
    circle_host *h = circle_gethost(L);
    if (h->killed == CIRCLE_KILLED_NONE) {
        int every = lua_gethookcount(L);
        if (ar->event == LUA_HOOKCOUNT) h->budget -= every;
        /* Kept for an out-of-memory error, which reaches the host without a position. */
        if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0) {
            memcpy(h->near_source, ar->short_src, sizeof h->near_source);
            h->near_line = ar->currentline;
        }
        if (!turn_spent(h)) {
            if (every != CIRCLE_HOOK_EVERY) lua_sethook(L, circle_hook, LUA_MASKCOUNT, CIRCLE_HOOK_EVERY);
            return;
        }
    }
    raise_stop(L, h, 0);
}

void circle_charge(lua_State *L, double work) {
    circle_host *h = circle_gethost(L);
    if (!h->enforce || work <= 0) return;
    int64_t units = work >= (double)INT64_MAX / 2 ? INT64_MAX / 2 : (int64_t)work;
    h->budget -= units;
    if (h->killed != CIRCLE_KILLED_NONE || turn_spent(h)) raise_stop(L, h, 1);
}

size_t circle_memory_left(lua_State *L) {
    circle_host *h = circle_gethost(L);
    return h->used >= h->limit ? 0 : h->limit - h->used;
}

int circle_refuse_memory(lua_State *L, const char *what, double bytes) {
    circle_host *h = circle_gethost(L);
    h->refusals++;
    h->last_refused = 1;
    if (h->refusals > CIRCLE_MAX_REFUSALS && h->killed == CIRCLE_KILLED_NONE) h->killed = CIRCLE_KILLED_MEMORY;
    if (h->killed != CIRCLE_KILLED_NONE) return raise_stop(L, h, 1);
    int saved = h->enforce;
    h->enforce = 0;
    circle_where(L);
    lua_pushfstring(L, "not enough memory: %s would need %I bytes, more than the %I MiB a script may hold",
                    what, (lua_Integer)bytes, (lua_Integer)(h->limit >> 20));
    lua_concat(L, 2);
    circle_tag_error(L, CIRCLE_ERROR_MEMORY);
    return raise_with(L, h, saved);
}

void circle_shorten_message(lua_State *L) {
    size_t len = 0;
    const char *s = lua_tolstring(L, -1, &len);
    if (s == NULL || len <= CIRCLE_MESSAGE_MAX) return;
    circle_host *h = circle_gethost(L);
    int tagged = circle_is_tagged(L, -1);
    int saved = h->enforce;
    h->enforce = 0;
    /* The head (where and what) and the tail (often the advice), cut between UTF-8 characters. */
    size_t head = CIRCLE_MESSAGE_MAX / 2 - 64, tail = len - (CIRCLE_MESSAGE_MAX / 2 - 64);
    while (head > 0 && ((unsigned char)s[head] & 0xC0) == 0x80) head--;
    while (tail < len && ((unsigned char)s[tail] & 0xC0) == 0x80) tail++;
    lua_pushlstring(L, s, head);
    lua_pushfstring(L, " [... %I bytes cut ...] ", (lua_Integer)(tail - head));
    lua_pushlstring(L, s + tail, len - tail);
    lua_concat(L, 3);
    lua_remove(L, -2);
    if (tagged) circle_tag_error(L, h->tagged_kind);
    h->enforce = saved;
}

lua_State *circle_state_with_limits(circle_host *host) {
    lua_State *L = lua_newstate(circle_alloc, host);
    if (L != NULL) lua_sethook(L, circle_hook, LUA_MASKCOUNT, CIRCLE_HOOK_EVERY);
    return L;
}

/* Entering Lua from the host: the outermost entry resets the budget. */
static int enter(lua_State *L, circle_host *h) {
    if (h->depth == 0) {
        h->budget = h->budget_total;
        h->cpu_start = -1; /* read by turn_spent once the turn lasts */
        h->near_source[0] = '\0';
        h->clock_read_at = coarse_now();
        h->killed = CIRCLE_KILLED_NONE;
        h->stop_reported = 0;
        h->refusals = 0;
        h->last_refused = 0;
    }
    if (h->killed == CIRCLE_KILLED_NONE)
        lua_sethook(L, circle_hook, LUA_MASKCOUNT, CIRCLE_HOOK_EVERY);
    else
        lua_sethook(L, circle_hook, LUA_MASKCOUNT | LUA_MASKLINE, 1);
    h->depth++;
    int saved = h->enforce;
    h->enforce = 1;
    return saved;
}

static void leave(circle_host *h, int saved) {
    h->depth--;
    h->enforce = saved;
}

/* Calls the __tostring of the error value at 1 (run by circle_msgh under the caps). */
static int call_tostring(lua_State *L) {
    luaL_callmeta(L, 1, "__tostring");
    return 1;
}

/* Pushes the error value at 1 as text, running its __tostring (script code) with the
   script's caps and budget: only the shim's own bookkeeping runs relaxed. */
static void push_error_text(lua_State *L, circle_host *h, int saved) {
    int t = lua_type(L, 1);
    if (t == LUA_TSTRING || t == LUA_TNUMBER) {
        lua_pushvalue(L, 1);
        lua_tostring(L, -1);
        return;
    }
    /* No script code once stopped: hooks may be off here (see safe_xpcall). */
    if (h->killed != CIRCLE_KILLED_NONE || luaL_getmetafield(L, 1, "__tostring") == LUA_TNIL) {
        lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
        return;
    }
    lua_pop(L, 1);
    lua_pushcfunction(L, call_tostring);
    lua_pushvalue(L, 1);
    h->enforce = saved;
    int status = lua_pcall(L, 1, 1, 0);
    h->enforce = 0;
    int kind = status == LUA_OK ? CIRCLE_ERROR_RUNTIME : circle_classify(L, -1, status);
    if (kind == CIRCLE_ERROR_INSTRUCTIONS || kind == CIRCLE_ERROR_MEMORY) {
        /* The __tostring itself was stopped or refused memory: that is the error now. */
        h->error_kind = kind;
        if (h->killed != CIRCLE_KILLED_NONE) {
            lua_pop(L, 1);
            lua_getfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_STOP);
        } else if (status == LUA_ERRMEM || lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            circle_where(L);
            lua_pushfstring(L, "not enough memory: the error value's __tostring asked for more than the %I MiB a script may hold",
                            (lua_Integer)(h->limit >> 20));
            lua_concat(L, 2);
        }
    } else if (status != LUA_OK) {
        const char *why = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : luaL_typename(L, -1);
        lua_pushfstring(L, "(error object is a %s value whose __tostring failed: %s)", luaL_typename(L, 1), why);
        lua_remove(L, -2);
    } else if (lua_type(L, -1) != LUA_TSTRING) {
        lua_pop(L, 1);
        lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
}

/* The message handler: the error as text, followed by a traceback. It runs where the
   error was raised, before the stack unwinds, so this is where its kind is decided. */
static int circle_msgh(lua_State *L) {
    circle_host *h = circle_gethost(L);
    int saved = h->enforce;
    h->enforce = 0;
    h->error_kind = circle_classify(L, 1, LUA_ERRRUN);
    push_error_text(L, h, saved);
    circle_shorten_message(L);
    luaL_traceback(L, L, NULL, 1);
    /* Two values cannot be returned from a handler: join them with a marker. */
    lua_pushliteral(L, "\n\x1f");
    lua_insert(L, -2);
    lua_concat(L, 3);
    h->enforce = saved;
    return 1;
}

/* Pushes the message of an allocation the cap refused, which Lua raises without a
   position: with the line the hook last saw the script at, if any. */
static void push_memory_message(lua_State *L, circle_host *h) {
    if (h->near_source[0] != '\0')
        lua_pushfstring(L, "%s:%d: not enough memory: the script asked for more than its %I MiB (at or near this line)",
                        h->near_source, h->near_line, (lua_Integer)(h->limit >> 20));
    else
        lua_pushfstring(L, "not enough memory: the script asked for more than its %I MiB", (lua_Integer)(h->limit >> 20));
}

/* Splits "message\n\x1ftraceback" (left by circle_msgh) into two values. */
static void split_message(lua_State *L) {
    size_t len = 0;
    const char *s = lua_tolstring(L, -1, &len);
    const char *mark = NULL;
    for (size_t k = len; s && k > 0; k--)
        if (s[k - 1] == '\x1f') { mark = s + k - 1; break; }
    if (mark == NULL || mark == s) {
        lua_pushliteral(L, "");
        return;
    }
    lua_pushlstring(L, s, (size_t)(mark - s - 1));
    lua_pushlstring(L, mark + 1, len - (size_t)(mark - s) - 1);
    lua_remove(L, -3);
}

int circle_pcall(lua_State *L, int nargs, int nresults) {
    circle_host *h = circle_gethost(L);
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, circle_msgh);
    lua_insert(L, base);
    int saved = enter(L, h);
    h->error_kind = -1;
    int status = lua_pcall(L, nargs, nresults, base);
    leave(h, saved);
    lua_remove(L, base);
    if (status != LUA_OK) {
        /* Memory errors, and errors in the handler itself, do not reach the handler. */
        if (status == LUA_ERRMEM || h->error_kind < 0) h->error_kind = circle_classify(L, -1, status);
        if (status == LUA_ERRMEM) {
            lua_pop(L, 1);
            push_memory_message(L, h);
        } else if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_pushliteral(L, "error in error handling");
        }
        circle_shorten_message(L);
        split_message(L);
    }
    return status;
}

int circle_resume(lua_State *from, lua_State *co, int nargs, int *nresults) {
    circle_host *h = circle_gethost(co);
    int saved = enter(co, h);
    int status = lua_resume(co, from, nargs, nresults);
    leave(h, saved);
    if (status != LUA_OK && status != LUA_YIELD) {
        h->error_kind = circle_classify(co, -1, status);
        /* Only plain conversions here: no metamethod may run outside a protected call. */
        int t = lua_type(co, -1);
        if (status == LUA_ERRMEM) {
            push_memory_message(co, h);
        } else if (t == LUA_TSTRING || t == LUA_TNUMBER) {
            lua_pushstring(co, lua_tostring(co, -1));
            circle_shorten_message(co);
        } else
            lua_pushfstring(co, "(error object is a %s value)", lua_typename(co, t));
        luaL_traceback(co, co, NULL, 0);
    }
    return status;
}

/* The Lua side of every Swift function. Swift returns normally, always; the
   error, if any, is raised here in C. */
static int circle_swift_trampoline(lua_State *L) {
    circle_host *h = circle_gethost(L);
    void *box = lua_touserdata(L, lua_upvalueindex(1));
    int saved = h->enforce;
    h->enforce = 0;
    int n = h->dispatch(L, box);
    switch (n) {
    case CIRCLE_RAISE:
        return raise_with(L, h, saved);
    case CIRCLE_RAISE_HERE:
        circle_where(L);
        lua_insert(L, -2);
        lua_concat(L, 2);
        return raise_with(L, h, saved);
    case CIRCLE_RAISE_SANDBOX:
        h->enforce = saved;
        return circle_sandbox_raise(L);
    default:
        h->enforce = saved;
        return n;
    }
}

void circle_push_swift_function(lua_State *L, void *box) {
    lua_pushlightuserdata(L, box);
    lua_pushcclosure(L, circle_swift_trampoline, 1);
}

void circle_set_cpu_limit(lua_State *L, double seconds) {
    circle_gethost(L)->cpu_limit = seconds > 0.01 ? seconds : 0.01;
}
