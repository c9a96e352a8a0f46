// The sandbox: an allow-list of globals behind a per-chunk _ENV, read-only
// library tables, a protected string metatable, and safe versions of the few
// base functions that need one (load, getmetatable, setmetatable, collectgarbage).
#include "CLuaShim.h"
#include "internal.h"
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char lock_address = 0;

void circle_push_lock(lua_State *L) { lua_pushlightuserdata(L, (void *)&lock_address); }

int circle_is_lock(lua_State *L, int idx) {
    return lua_type(L, idx) == LUA_TLIGHTUSERDATA && lua_touserdata(L, idx) == (void *)&lock_address;
}

void circle_where(lua_State *L) {
    lua_Debug ar;
    for (int level = 1; lua_getstack(L, level, &ar); level++) {
        lua_getinfo(L, "Sl", &ar);
        if (ar.currentline > 0) {
            lua_pushfstring(L, "%s:%d: ", ar.short_src, ar.currentline);
            return;
        }
    }
    lua_pushliteral(L, "");
}

int circle_sandbox_raise(lua_State *L) {
    circle_host *h = circle_gethost(L);
    int saved = h->enforce;
    h->enforce = 0;
    circle_where(L);
    lua_insert(L, -2);
    lua_concat(L, 2);
    circle_tag_error(L, CIRCLE_ERROR_SANDBOX);
    h->enforce = saved;
    return lua_error(L);
}

int circle_sandbox_error(lua_State *L, const char *fmt, ...) {
    circle_host *h = circle_gethost(L);
    int saved = h->enforce;
    h->enforce = 0;
    va_list argp;
    va_start(argp, fmt);
    lua_pushvfstring(L, fmt, argp);
    va_end(argp);
    h->enforce = saved;
    return circle_sandbox_raise(L);
}

/* Globals a script may not have, with the reason it gets when it asks. */
static const char *const forbidden_globals[] = {
    "io", "os", "debug", "package", "dofile", "loadfile", "print", "rawget", "rawset",
    "require", "_G", "loadstring", "setfenv", "getfenv", "module", "newproxy", NULL};

/* Base functions copied as they are. */
static const char *const allowed_base[] = {
    "assert", "error", "ipairs", "next", "pairs", "pcall", "select", "tonumber",
    "tostring", "type", "rawequal", "rawlen", "_VERSION", NULL};

/* __index of every environment: safe globals, then a refusal. */
static int env_index(lua_State *L) {
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) return 1;
    if (lua_type(L, 2) != LUA_TSTRING) return 0;
    lua_pushvalue(L, 2);
    if (lua_rawget(L, lua_upvalueindex(2)) != LUA_TNIL)
        return circle_sandbox_error(L, "'%s' is not available in Circle's sandbox", lua_tostring(L, 2));
    return luaL_error(L, "undefined global '%s' (a misspelling, or a missing 'local'?)", lua_tostring(L, 2));
}

/* A stand-in for a library function the sandbox removes. */
static int refused_function(lua_State *L) {
    return circle_sandbox_error(L, "%s is not available in Circle's sandbox",
                                lua_tostring(L, lua_upvalueindex(1)));
}

static void set_refused(lua_State *L, int table, const char *field, const char *shown) {
    lua_pushstring(L, shown);
    lua_pushcclosure(L, refused_function, 1);
    lua_setfield(L, table, field);
}

static int readonly_newindex(lua_State *L) {
    return circle_sandbox_error(L, "the '%s' library is shared and read-only; keep your own values in local tables",
                                lua_tostring(L, lua_upvalueindex(1)));
}

static int readonly_next(lua_State *L) {
    lua_settop(L, 2);
    if (lua_next(L, lua_upvalueindex(1))) return 2;
    lua_pushnil(L);
    return 1;
}

static int readonly_pairs(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushcclosure(L, readonly_next, 1);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

/* Replaces the table at idx with a read-only proxy of it named name. The proxy's
   metatable is locked, and pairs() iterates without handing out the table. */
static void make_readonly(lua_State *L, int idx, const char *name) {
    idx = lua_absindex(L, idx);
    lua_newtable(L);                     /* proxy */
    lua_createtable(L, 0, 4);            /* its metatable */
    lua_pushvalue(L, idx);
    lua_setfield(L, -2, "__index");
    lua_pushstring(L, name);
    lua_pushcclosure(L, readonly_newindex, 1);
    lua_setfield(L, -2, "__newindex");
    lua_pushvalue(L, idx);
    lua_pushcclosure(L, readonly_pairs, 1);
    lua_setfield(L, -2, "__pairs");
    circle_push_lock(L);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_replace(L, idx);
}

/* A shallow copy of the table at idx, pushed. */
static void push_copy(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    lua_newtable(L);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, -4);
    }
}

void circle_push_env(lua_State *L) {
    lua_newtable(L);
    lua_getfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_ENVMETA);
    lua_setmetatable(L, -2);
}

int circle_load(lua_State *L, const char *buf, size_t len, const char *chunkname) {
    /* Compiled under the cap when a script asked for it (a module its require loads). */
    circle_host *h = circle_gethost(L);
    int saved = h->enforce;
    if (h->depth > 0) h->enforce = 1;
    int status = luaL_loadbufferx(L, buf, len, chunkname, "t");
    h->enforce = saved;
    if (status != LUA_OK) return status;
    circle_push_env(L);
    if (lua_setupvalue(L, -2, 1) == NULL) lua_pop(L, 1);
    return LUA_OK;
}

/* Longest chunk name a script may give load (Lua shows at most LUA_IDSIZE of it). */
#define CIRCLE_CHUNKNAME_MAX 80

/* Pushes the chunk name a script gave load (argument idx), made so that it cannot pass
   for a file or for the host's own chunks: Lua reads a name starting with '@' as a file
   and one starting with '=' as shown verbatim, so the sandbox drops those marks and the
   name reads as Lua's [string "..."]. Control characters, ':' and '"' (which could make
   the name pass for a "file:line:" of the host's) become '?'. */
static void push_chunk_name(lua_State *L, int idx) {
    size_t len = 0;
    const char *name = luaL_optlstring(L, idx, NULL, &len);
    if (name == NULL) {
        lua_pushliteral(L, "=(load)");
        return;
    }
    while (len > 0 && (*name == '@' || *name == '=')) {
        name++;
        len--;
    }
    char clean[CIRCLE_CHUNKNAME_MAX + 1];
    size_t n = len < CIRCLE_CHUNKNAME_MAX ? len : CIRCLE_CHUNKNAME_MAX;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)name[k];
        clean[k] = (c < 0x20 || c == 0x7f || c == ':' || c == '"') ? '?' : (char)c;
    }
    clean[n] = '\0';
    if (n == 0) lua_pushliteral(L, "=(load)");
    else lua_pushstring(L, clean);
}

/* load(chunk [, chunkname [, mode [, env]]]): text from a string only. */
static int safe_load(lua_State *L) {
    size_t len = 0;
    const char *mode = luaL_optstring(L, 3, "t");
    if (strchr(mode, 'b') != NULL)
        return circle_sandbox_error(L, "load: binary chunks are not allowed in Circle's sandbox (use mode \"t\")");
    if (lua_type(L, 1) != LUA_TSTRING)
        return circle_sandbox_error(L, "load: the sandbox loads Lua text from a string only (got %s)", luaL_typename(L, 1));
    const char *s = lua_tolstring(L, 1, &len);
    if (len > 0 && s[0] == LUA_SIGNATURE[0])
        return circle_sandbox_error(L, "load: binary chunks are not allowed in Circle's sandbox");
    push_chunk_name(L, 2);
    int status = luaL_loadbufferx(L, s, len, lua_tostring(L, -1), "t");
    lua_remove(L, -2);
    if (status != LUA_OK) {
        luaL_pushfail(L);
        lua_insert(L, -2);
        return 2;
    }
    if (!lua_isnone(L, 4)) lua_pushvalue(L, 4);
    else circle_push_env(L);
    if (lua_setupvalue(L, -2, 1) == NULL) lua_pop(L, 1);
    return 1;
}

static int safe_getmetatable(lua_State *L) {
    luaL_checkany(L, 1);
    if (lua_type(L, 1) != LUA_TTABLE)
        return circle_sandbox_error(L, "getmetatable: only the script's own tables can be inspected (got %s)",
                                    luaL_typename(L, 1));
    if (!lua_getmetatable(L, 1)) {
        lua_pushnil(L);
        return 1;
    }
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) {
        if (circle_is_lock(L, -1))
            return circle_sandbox_error(L, "getmetatable: library and environment tables are protected");
    }
    return 1;
}

static int safe_setmetatable(lua_State *L) {
    int t = lua_type(L, 2);
    luaL_checktype(L, 1, LUA_TTABLE);
    luaL_argexpected(L, t == LUA_TNIL || t == LUA_TTABLE, 2, "nil or table");
    if (luaL_getmetafield(L, 1, "__metatable") != LUA_TNIL) {
        if (circle_is_lock(L, -1))
            return circle_sandbox_error(L, "setmetatable: library and environment tables are protected");
        return luaL_error(L, "cannot change a protected metatable");
    }
    if (t == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return circle_sandbox_error(L, "setmetatable: __gc metamethods are not available in Circle's sandbox");
        lua_pop(L, 1);
    }
    lua_settop(L, 2);
    lua_setmetatable(L, 1);
    return 1;
}

static int safe_collectgarbage(lua_State *L) {
    const char *opt = luaL_optstring(L, 1, "collect");
    if (strcmp(opt, "count") != 0)
        return circle_sandbox_error(L, "collectgarbage(\"%s\") is not available in Circle's sandbox (only \"count\")", opt);
    int kb = lua_gc(L, LUA_GCCOUNT, 0);
    int b = lua_gc(L, LUA_GCCOUNTB, 0);
    lua_pushnumber(L, (lua_Number)kb + ((lua_Number)b / 1024));
    return 1;
}

/* require(name): upvalues are the cache, the modules being loaded, and the
   host's finder, which returns the module's chunk (or refuses the name). */
static int sandbox_require(lua_State *L) {
    lua_settop(L, 1);
    lua_pushvalue(L, 1);
    if (lua_rawget(L, lua_upvalueindex(1)) != LUA_TNIL) return 1;
    lua_pop(L, 1);
    lua_pushvalue(L, 1);
    if (lua_rawget(L, lua_upvalueindex(2)) != LUA_TNIL)
        return luaL_error(L, "require: module '%s' requires itself (a loop)", lua_tostring(L, 1));
    lua_pop(L, 1);
    lua_pushvalue(L, lua_upvalueindex(3));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    lua_pushvalue(L, 1);
    lua_pushboolean(L, 1);
    lua_rawset(L, lua_upvalueindex(2));
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    lua_rawset(L, lua_upvalueindex(2));
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, 1);
    lua_pushvalue(L, -2);
    lua_rawset(L, lua_upvalueindex(1));
    return 1;
}

void circle_push_require(lua_State *L) {
    lua_newtable(L);
    lua_newtable(L);
    lua_rotate(L, -3, 2);
    lua_pushcclosure(L, sandbox_require, 3);
}

/* The message handler xpcall installs around the script's own. Once a script
   has been stopped the hook's error arrives with hooks disabled (Lua turns them
   off while a hook runs and does not turn them back on before calling the
   handler), so the script's handler must not run then: it could loop unchecked. */
static int xpcall_handler(lua_State *L) {
    if (circle_gethost(L)->killed != CIRCLE_KILLED_NONE) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int finish_xpcall(lua_State *L, int status, lua_KContext extra) {
    if (status != LUA_OK && status != LUA_YIELD) {
        lua_pushboolean(L, 0);
        lua_pushvalue(L, -2);
        return 2;
    }
    return lua_gettop(L) - (int)extra;
}

/* xpcall(f, handler, ...), yieldable like the original. */
static int safe_xpcall(lua_State *L) {
    int n = lua_gettop(L);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_handler, 1);
    lua_replace(L, 2);
    lua_pushboolean(L, 1);
    lua_pushvalue(L, 1);
    lua_rotate(L, 3, 2);
    int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_xpcall);
    return finish_xpcall(L, status, 2);
}

/* string: guarded pattern functions, no dump; the string metatable locked, its
   __index the sandbox's copy. lib is the copy's stack index. */
static void guard_string(lua_State *L, int lib) {
    set_refused(L, lib, "dump", "string.dump");
    circle_install_string_guards(L, lib);
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushvalue(L, lib);
    lua_setfield(L, -2, "__index");
    circle_push_lock(L);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
}

/* math: the host seeds random numbers. */
static void guard_math(lua_State *L, int lib) {
    set_refused(L, lib, "randomseed", "math.randomseed (the host seeds random numbers)");
}

/* Puts a read-only copy of the standard library `name` into the safe globals (stack
   index 1 during setup), after `guard` (if any) has changed the copy at index lib. */
static void install_library(lua_State *L, const char *name, void (*guard)(lua_State *L, int lib)) {
    lua_getglobal(L, name);
    push_copy(L, -1);
    lua_remove(L, -2);
    if (guard != NULL) guard(L, lua_gettop(L));
    make_readonly(L, -1, name);
    lua_setfield(L, 1, name);
}

/* Builds everything; runs as a protected call so a failure is an error, not a panic. */
static int setup(lua_State *L) {
    lua_Integer seed = lua_tointeger(L, 1);
    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
    luaL_requiref(L, LUA_COLIBNAME, luaopen_coroutine, 1);
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
    lua_settop(L, 0);

    lua_getglobal(L, "math");
    lua_getfield(L, -1, "randomseed");
    lua_pushinteger(L, seed);
    lua_call(L, 1, 0);
    lua_pop(L, 1);

    lua_newtable(L); /* 1: safe globals */
    for (const char *const *name = allowed_base; *name; name++) {
        lua_getglobal(L, *name);
        lua_setfield(L, 1, *name);
    }
    lua_pushcfunction(L, safe_load);
    lua_setfield(L, 1, "load");
    lua_pushcfunction(L, safe_xpcall);
    lua_setfield(L, 1, "xpcall");
    lua_pushcfunction(L, safe_getmetatable);
    lua_setfield(L, 1, "getmetatable");
    lua_pushcfunction(L, safe_setmetatable);
    lua_setfield(L, 1, "setmetatable");
    lua_pushcfunction(L, safe_collectgarbage);
    lua_setfield(L, 1, "collectgarbage");

    install_library(L, "string", guard_string);
    install_library(L, "table", circle_install_table_guards);
    install_library(L, "math", guard_math);
    install_library(L, "coroutine", circle_install_coroutine_guards);
    install_library(L, "utf8", NULL);

    lua_newtable(L); /* 2: forbidden names */
    for (const char *const *name = forbidden_globals; *name; name++) {
        lua_pushboolean(L, 1);
        lua_setfield(L, 2, *name);
    }

    lua_createtable(L, 0, 2); /* 3: environment metatable */
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, env_index, 2);
    lua_setfield(L, 3, "__index");
    circle_push_lock(L);
    lua_setfield(L, 3, "__metatable");
    lua_setfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_ENVMETA);
    lua_pop(L, 1);
    lua_setfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_SAFE);
    /* The keys exist from the start, so setting them later never allocates. */
    lua_pushboolean(L, 0);
    lua_setfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_TAGGED);
    circle_prepare_probe(L);
    return 0;
}

static int panic(lua_State *L) {
    (void)L;
    return 0; /* never reached: every host entry into Lua is protected */
}

lua_State *circle_newstate(size_t memory_limit, int64_t instruction_budget, lua_Integer seed,
                           circle_swift_dispatch dispatch, const char **error) {
    circle_host *host = calloc(1, sizeof *host);
    lua_State *L = host ? circle_state_with_limits(host) : NULL;
    if (L == NULL) {
        free(host);
        *error = "could not create a Lua state (out of memory)";
        return NULL;
    }
    host->limit = memory_limit < ((size_t)1 << 20) ? (size_t)1 << 20 : memory_limit;
    host->budget_total = instruction_budget < CIRCLE_HOOK_EVERY ? CIRCLE_HOOK_EVERY : instruction_budget;
    host->dispatch = dispatch;
    host->cpu_limit = CIRCLE_DEFAULT_CPU_SECONDS;
    lua_atpanic(L, panic);
    lua_pushcfunction(L, setup);
    lua_pushinteger(L, seed);
    if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
        *error = "could not prepare the sandbox";
        circle_close(L);
        return NULL;
    }
    return L;
}

void circle_close(lua_State *L) {
    circle_host *host = circle_gethost(L);
    lua_close(L);
    free(host);
}

void circle_set_safe_global(lua_State *L, const char *name) {
    lua_getfield(L, LUA_REGISTRYINDEX, CIRCLE_KEY_SAFE);
    lua_insert(L, -2);
    lua_setfield(L, -2, name);
    lua_pop(L, 1);
}
