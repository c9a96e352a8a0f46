// The sandbox's coroutine.resume and coroutine.wrap: Lua's own (lcorolib.c, 5.4), except
// that an error's kind survives the trip out of a coroutine. A resume refused because
// the C calls are nested as deep as Lua allows, and an error that exhausted the
// coroutine's stack, are tagged as stack errors where they are first seen; an error
// wrap passes on keeps its tag when wrap puts its position in front of the message.
#include "CLuaShim.h"
#include "internal.h"

/* Resumes co with the narg values on top of L; pushes the results (returning their
   count) or the error (returning -1). */
static int auxresume(lua_State *L, lua_State *co, int narg) {
    int nres = 0;
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, narg);
    int status = lua_resume(co, L, narg, &nres);
    if (status == LUA_OK || status == LUA_YIELD) {
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    /* Refused (co is as it was): the C calls from L are as deep as they may go, unless
       co was not resumable. Failed: co's stack is as the error left it. */
    int refused = lua_status(co) != status;
    if (!circle_is_tagged(co, -1) && circle_stack_exhausted(refused ? L : co)) circle_tag_error(co, CIRCLE_ERROR_STACK);
    lua_xmove(co, L, 1);
    return -1;
}

static int safe_resume(lua_State *L) {
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co, 1, "coroutine");
    int r = auxresume(L, co, lua_gettop(L) - 1);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

static int wrapped(lua_State *L) {
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    int r = auxresume(L, co, lua_gettop(L));
    if (r >= 0) return r;
    circle_host *h = circle_gethost(L);
    int stat = lua_status(co);
    if (stat != LUA_OK && stat != LUA_YIELD) { /* an error in the coroutine: close its tbc variables */
        stat = lua_resetthread(co);
        lua_xmove(co, L, 1);
    }
    if (stat != LUA_ERRMEM && lua_type(L, -1) == LUA_TSTRING) {
        circle_shorten_message(L);
        int tagged = circle_is_tagged(L, -1);
        luaL_where(L, 1);
        lua_insert(L, -2);
        lua_concat(L, 2);
        if (tagged) circle_tag_error(L, h->tagged_kind);
    }
    return lua_error(L);
}

static int safe_wrap(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, wrapped, 1);
    return 1;
}

void circle_install_coroutine_guards(lua_State *L, int safe_coroutine) {
    lua_pushcfunction(L, safe_resume);
    lua_setfield(L, safe_coroutine, "resume");
    lua_pushcfunction(L, safe_wrap);
    lua_setfield(L, safe_coroutine, "wrap");
}
