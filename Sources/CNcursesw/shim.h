// What Swift 6 cannot reach in <ncursesw/curses.h>: C globals (stdscr, LINES, COLS), macros
// (COLOR_PAIR, getmaxyx, A_* attributes) and the wide-character API, which needs the X/Open
// feature macros defined before any system header is read.
#ifndef SAFETYBOARD_CNCURSESW_SHIM_H
#define SAFETYBOARD_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *sb_stdscr(void) { return stdscr; }
static inline int sb_lines(void) { return LINES; }
static inline int sb_cols(void) { return COLS; }
static inline int sb_colors(void) { return COLORS; }
static inline void sb_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t sb_color_pair(short n) { return (attr_t)COLOR_PAIR(n); }
static inline attr_t sb_a_bold(void) { return A_BOLD; }
static inline attr_t sb_a_reverse(void) { return A_REVERSE; }
static inline attr_t sb_a_underline(void) { return A_UNDERLINE; }
static inline attr_t sb_a_dim(void) { return A_DIM; }
static inline attr_t sb_a_normal(void) { return A_NORMAL; }
static inline int sb_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int sb_setlocale_all(void) { return setlocale(LC_ALL, "") != NULL; }

/// Reads one wide key. Returns OK for a character, KEY_CODE_YES for a function key, ERR on
/// time-out; the value goes to *out.
static inline int sb_get_wch(unsigned int *out) {
    wint_t ch = 0;
    int r = get_wch(&ch);
    *out = (unsigned int)ch;
    return r;
}

/// Writes one wide character with attributes and colour pair at (y, x) of stdscr.
static inline int sb_put_wide(int y, int x, wchar_t ch, attr_t attrs, short pair) {
    cchar_t cc;
    wchar_t s[2] = { ch, 0 };
    setcchar(&cc, s, attrs, pair, NULL);
    return mvadd_wch(y, x, &cc);
}

static inline int sb_key_resize(void) { return KEY_RESIZE; }
static inline int sb_key_code_yes(void) { return KEY_CODE_YES; }

#endif
