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

// No <signal.h> here: under _XOPEN_SOURCE it defines the ucontext structs differently from
// SwiftGlibc, and every Swift file importing both modules then fails to compile. Signal
// handling is written against Glibc in Swift (TerminalUI's SignalGuard.swift).
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline WINDOW *sb_stdscr(void) { return stdscr; }
static inline int sb_lines(void) { return LINES; }
static inline int sb_cols(void) { return COLS; }
static inline int sb_colors(void) { return COLORS; }
static inline int sb_color_pairs(void) { return COLOR_PAIRS; }
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

/// Like sb_put_wide, but for a whole grapheme: one spacing character followed by up to
/// CCHARW_MAX - 1 combining characters, NUL-terminated. ncurses rejects anything else
/// (setcchar returns ERR), so the caller passes only what wcwidth calls zero-width after the
/// first character.
static inline int sb_put_cchar(int y, int x, const wchar_t *wcs, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, wcs, attrs, pair, NULL) == ERR) return ERR;
    return mvadd_wch(y, x, &cc);
}

/// The number of wide characters one cchar_t holds (spacing + combining).
static inline int sb_cchar_capacity(void) { return CCHARW_MAX; }

/// True when the current LC_CTYPE encodes characters as UTF-8 (wide output works).
static inline int sb_codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

/// Sets only LC_CTYPE, to NAME; 1 on success. Used to fall back to C.UTF-8 when the session
/// has no locale (LANG unset over SSH) so that CJK text still reaches the terminal.
static inline int sb_setlocale_ctype(const char *name) { return setlocale(LC_CTYPE, name) != NULL; }

/// newterm(NULL, stdout, stdin): unlike initscr it returns NULL instead of exiting the
/// process when the terminal cannot be set up. stdout/stdin are C globals Swift 6 rejects.
static inline SCREEN *sb_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }

/// newterm on explicit descriptors (a pseudo-terminal in tests). The descriptors are
/// duplicated, so the caller keeps its own; the streams are returned for sb_close_streams.
static inline SCREEN *sb_newterm_fds(const char *type, int outfd, int infd, FILE **out, FILE **in) {
    *out = fdopen(dup(outfd), "w");
    *in = fdopen(dup(infd), "r");
    if (*out == NULL || *in == NULL) return NULL;
    return newterm(type, *out, *in);
}

/// Closes streams opened by sb_newterm_fds (NULL is ignored).
static inline void sb_close_streams(FILE *out, FILE *in) {
    if (out != NULL) fclose(out);
    if (in != NULL) fclose(in);
}

static inline int sb_key_mouse(void) { return KEY_MOUSE; }

/// Reports left clicks and wheel turns only: drags and motion would flood the key queue.
/// Double clicks too: two clicks that arrive in one read are merged by ncurses into one
/// BUTTON1_DOUBLE_CLICKED event, which would be lost if the mask left it out.
static inline void sb_enable_mouse(void) {
    mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
}

/// Reads the pending mouse event: its cell and ncurses' button state bits (see
/// sb_mouse_mask, decoded in Swift by MouseDecoder).
static inline int sb_get_mouse(int *x, int *y, unsigned long *bstate) {
    MEVENT ev;
    if (getmouse(&ev) != OK) return ERR;
    *x = ev.x;
    *y = ev.y;
    *bstate = (unsigned long)ev.bstate;
    return OK;
}

/// ncurses' bits for what MouseDecoder reads: 1 button 1 pressed, 2 clicked, 3 double
/// clicked, 4 button 4 (wheel up) pressed, 5 button 5 (wheel down) pressed.
static inline unsigned long sb_mouse_mask(int which) {
    switch (which) {
    case 1: return BUTTON1_PRESSED;
    case 2: return BUTTON1_CLICKED;
    case 3: return BUTTON1_DOUBLE_CLICKED;
    case 4: return BUTTON4_PRESSED;
    case 5: return BUTTON5_PRESSED;
    default: return 0;
    }
}

#endif
