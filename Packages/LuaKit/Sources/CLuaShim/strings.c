// Bounds on the work of library functions that run as one long C call, where
// the count hook cannot reach: pattern matching (find, match, gmatch, gsub),
// string.rep, string.format and the other string builders, table.concat, table.sort, and table.move/insert/remove
// over huge lengths. What each call does is charged to the turn's instruction budget
// (see circle_charge), before the call where its size is known in advance.
//
// A pattern's worst case is estimated before it runs. Each quantified item
// (x*, x+, x-) can be tried at most (longest run of characters of its class in
// the subject + 1) ways, x? two ways, %b and back-references at most n ways; the
// product, times the number of start positions and the pattern's length, bounds
// the steps the matcher can take. Above CIRCLE_PATTERN_WORK the call is refused
// with a message that says why, before any work is done.
#include "CLuaShim.h"
#include "internal.h"
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>

typedef struct charset { unsigned char bits[32]; } charset;

static void set_add(charset *set, unsigned c) { set->bits[c >> 3] |= (unsigned char)(1u << (c & 7)); }
static int set_has(const charset *set, unsigned c) { return set->bits[c >> 3] & (1u << (c & 7)); }

/* Lua's character classes (%a, %d, ...); any other character stands for itself. */
static int class_has(int cl, int c) {
    int res;
    switch (tolower(cl)) {
    case 'a': res = isalpha(c); break;
    case 'c': res = iscntrl(c); break;
    case 'd': res = isdigit(c); break;
    case 'g': res = isgraph(c); break;
    case 'l': res = islower(c); break;
    case 'p': res = ispunct(c); break;
    case 's': res = isspace(c); break;
    case 'u': res = isupper(c); break;
    case 'w': res = isalnum(c); break;
    case 'x': res = isxdigit(c); break;
    default: return cl == c;
    }
    if (isupper(cl)) res = !res;
    return res != 0;
}

/* The index of the ']' closing the set that opens at p[i] == '[', or -1. */
static long set_end(const char *p, size_t pl, size_t i) {
    size_t j = i + 1;
    if (j < pl && p[j] == '^') j++;
    do {
        if (j >= pl) return -1;
        if (p[j++] == '%' && j < pl) j++;
    } while (j >= pl || p[j] != ']');
    return (long)j;
}

/* Whether c belongs to the set p[i..ec] ('[' ... ']'), as Lua decides it. */
static int set_member(const char *p, size_t i, size_t ec, int c) {
    int sig = 1;
    size_t j = i;
    if (p[j + 1] == '^') { sig = 0; j++; }
    while (++j < ec) {
        if (p[j] == '%') {
            j++;
            if (class_has((unsigned char)p[j], c)) return sig;
        } else if (p[j + 1] == '-' && j + 2 < ec) {
            j += 2;
            if ((unsigned char)p[j - 2] <= c && c <= (unsigned char)p[j]) return sig;
        } else if ((unsigned char)p[j] == c) {
            return sig;
        }
    }
    return !sig;
}

/* Parses the single-character class at p[i] into set; returns the index after
   it, or -1 when the pattern is malformed there. */
static long parse_class(const char *p, size_t pl, size_t i, charset *set) {
    memset(set, 0, sizeof *set);
    if (p[i] == '.') {
        memset(set, 0xff, sizeof *set);
        return (long)i + 1;
    }
    if (p[i] == '%') {
        if (i + 1 >= pl) return -1;
        for (int c = 0; c < 256; c++)
            if (class_has((unsigned char)p[i + 1], c)) set_add(set, (unsigned)c);
        return (long)i + 2;
    }
    if (p[i] == '[') {
        long ec = set_end(p, pl, i);
        if (ec < 0) return -1;
        for (int c = 0; c < 256; c++)
            if (set_member(p, i, (size_t)ec, c)) set_add(set, (unsigned)c);
        return ec + 1;
    }
    set_add(set, (unsigned char)p[i]);
    return (long)i + 1;
}

/* The longest run of subject characters that belong to set. */
static size_t longest_run(const char *s, size_t n, const charset *set) {
    size_t best = 0, run = 0;
    for (size_t k = 0; k < n; k++) {
        if (set_has(set, (unsigned char)s[k])) {
            if (++run > best) best = run;
        } else {
            run = 0;
        }
    }
    return best;
}

/* Estimates the worst-case work of matching p against s; returns -1 when the
   pattern is malformed. Stops early once the estimate passes the limit. */
static double pattern_work(const char *s, size_t n, const char *p, size_t pl, int may_anchor) {
    size_t i = 0;
    double paths = 1;
    if (may_anchor && pl > 0 && p[0] == '^') i = 1;
    else paths = (double)n + 1;
    paths *= (double)pl + 1;
    while (i < pl && paths <= CIRCLE_PATTERN_WORK) {
        char c = p[i];
        if (c == '(') { i += (i + 1 < pl && p[i + 1] == ')') ? 2 : 1; continue; }
        if (c == ')') { i++; continue; }
        if (c == '$' && i + 1 == pl) { i++; continue; }
        if (c == '%' && i + 1 < pl && p[i + 1] == 'b') {
            if (i + 3 >= pl) return -1;
            paths *= (double)n + 1;
            i += 4;
            continue;
        }
        if (c == '%' && i + 1 < pl && p[i + 1] == 'f') {
            i += 2;
            if (i >= pl || p[i] != '[') return -1;
            long ec = set_end(p, pl, i);
            if (ec < 0) return -1;
            i = (size_t)ec + 1;
            continue;
        }
        if (c == '%' && i + 1 < pl && isdigit((unsigned char)p[i + 1])) {
            paths *= (double)n + 1;
            i += 2;
            continue;
        }
        charset set;
        long ep = parse_class(p, pl, i, &set);
        if (ep < 0) return -1;
        i = (size_t)ep;
        if (i < pl && (p[i] == '*' || p[i] == '+' || p[i] == '-')) {
            paths *= (double)longest_run(s, n, &set) + 1;
            i++;
        } else if (i < pl && p[i] == '?') {
            paths *= 2;
            i++;
        }
    }
    return paths;
}

/* Calls the guarded original (upvalue 1) with every argument; returns its results. */
static int call_original(lua_State *L) {
    int top = lua_gettop(L);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, top, LUA_MULTRET);
    return lua_gettop(L);
}

static int has_specials(const char *p, size_t pl) {
    for (size_t k = 0; k < pl; k++)
        if (strchr("^$*+?.([%-", p[k]) != NULL) return 1;
    return 0;
}

/* Checks the subject (arg 1) and pattern (arg 2) of the guarded function named
   by upvalue 2, then calls the original (upvalue 1) with the same arguments. */
static int guarded_pattern(lua_State *L) {
    size_t n = 0, pl = 0;
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    const char *s = luaL_checklstring(L, 1, &n);
    const char *p = luaL_checklstring(L, 2, &pl);
    int is_find = strcmp(name, "find") == 0;
    int may_anchor = is_find || strcmp(name, "match") == 0 || strcmp(name, "gsub") == 0;
    double work;
    if ((is_find && lua_toboolean(L, 4)) || !has_specials(p, pl)) {
        work = ((double)n + 1) * ((double)pl + 1);
    } else {
        work = pattern_work(s, n, p, pl, may_anchor);
        if (work < 0) return luaL_error(L, "malformed pattern in string.%s: '%s'", name, p);
    }
    if (work <= CIRCLE_PATTERN_WORK) circle_charge(L, work / CIRCLE_PATTERN_STEPS_PER_INSTRUCTION);
    if (work > CIRCLE_PATTERN_WORK) {
        char estimate[32], limit[32];
        snprintf(estimate, sizeof estimate, "%.3g", work);
        snprintf(limit, sizeof limit, "%.3g", (double)CIRCLE_PATTERN_WORK);
        return circle_sandbox_error(L,
            "string.%s: the pattern is too costly for a subject of %I bytes (estimated %s steps, the limit is %s); "
            "use a simpler pattern (fewer '.-', '.*', '%%b') or a shorter text",
            name, (lua_Integer)n, estimate, limit);
    }
    return call_original(L);
}

/* string.rep, minus its one unbounded loop (a huge count of an empty string), charged
   for the bytes it will write, and refused before it starts when the result cannot fit
   under the memory cap (it is built in a buffer, then copied). */
static int guarded_rep(lua_State *L) {
    size_t l = 0, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer count = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (count <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    double bytes = (double)l * (double)count + (double)lsep * (double)(count - 1);
    if (bytes < (double)INT_MAX) { /* larger ones the original refuses as too large */
        if (2 * bytes > (double)circle_memory_left(L)) {
            lua_gc(L, LUA_GCCOLLECT); /* as the allocator would, before refusing */
            if (2 * bytes > (double)circle_memory_left(L)) return circle_refuse_memory(L, "string.rep", bytes);
        }
        circle_charge(L, bytes / CIRCLE_BYTES_PER_INSTRUCTION);
    }
    return call_original(L);
}

/* string.format, pack, upper, lower, reverse and table.concat: charged for the bytes of
   their result. */
static int charged_by_result(lua_State *L) {
    int n = call_original(L);
    circle_charge(L, (double)lua_rawlen(L, -1) / CIRCLE_BYTES_PER_INSTRUCTION);
    return n;
}

static int refuse_table_work(lua_State *L, const char *name, lua_Integer count) {
    return circle_sandbox_error(L, "table.%s: %I elements is more than the %I one call may shift in Circle's sandbox",
                                name, count, CIRCLE_TABLE_WORK);
}

/* table.insert/table.remove: refuse lengths (perhaps from __len) too long to shift. */
static int guarded_shift(lua_State *L) {
    const char *name = lua_tostring(L, lua_upvalueindex(2));
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer len = luaL_len(L, 1);
    if (len > CIRCLE_TABLE_WORK || len < 0) return refuse_table_work(L, name, len);
    return call_original(L);
}

/* table.sort: refuses lengths too long to sort, and charges about n log n comparisons,
   each (without a comparator) as costly as the strings it compares are long. A
   comparator is Lua code, counted by the hook as it runs. */
static int guarded_sort(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer n = luaL_len(L, 1);
    if (n > CIRCLE_TABLE_WORK || n < 0) return refuse_table_work(L, "sort", n);
    double per_element = 1;
    if (lua_isnoneornil(L, 2) && n > 1) {
        double bytes = 0;
        for (lua_Integer k = 1; k <= n; k++) {
            if (lua_rawgeti(L, 1, k) == LUA_TSTRING) bytes += (double)lua_rawlen(L, -1);
            lua_pop(L, 1);
        }
        per_element += bytes / (double)n / CIRCLE_BYTES_PER_INSTRUCTION;
    }
    double depth = 1;
    for (lua_Integer m = n; m > 1; m >>= 1) depth++;
    circle_charge(L, (double)n * depth * per_element);
    return call_original(L);
}

/* table.move(a1, f, e, t [, a2]): refuse ranges too long to copy. */
static int guarded_move(lua_State *L) {
    lua_Integer f = luaL_checkinteger(L, 2);
    lua_Integer e = luaL_checkinteger(L, 3);
    if (e >= f && (lua_Unsigned)e - (lua_Unsigned)f >= (lua_Unsigned)CIRCLE_TABLE_WORK)
        return refuse_table_work(L, "move", (lua_Integer)((lua_Unsigned)e - (lua_Unsigned)f + 1));
    return call_original(L);
}

static void wrap(lua_State *L, int lib, const char *name, lua_CFunction guard) {
    lua_getfield(L, lib, name);
    lua_pushstring(L, name);
    lua_pushcclosure(L, guard, 2);
    lua_setfield(L, lib, name);
}

void circle_install_string_guards(lua_State *L, int safe_string) {
    wrap(L, safe_string, "find", guarded_pattern);
    wrap(L, safe_string, "match", guarded_pattern);
    wrap(L, safe_string, "gmatch", guarded_pattern);
    wrap(L, safe_string, "gsub", guarded_pattern);
    wrap(L, safe_string, "rep", guarded_rep);
    static const char *const by_result[] = {"format", "pack", "upper", "lower", "reverse", NULL};
    for (const char *const *name = by_result; *name; name++) wrap(L, safe_string, *name, charged_by_result);
}

void circle_install_table_guards(lua_State *L, int safe_table) {
    wrap(L, safe_table, "insert", guarded_shift);
    wrap(L, safe_table, "remove", guarded_shift);
    wrap(L, safe_table, "move", guarded_move);
    wrap(L, safe_table, "sort", guarded_sort);
    wrap(L, safe_table, "concat", charged_by_result);
}
