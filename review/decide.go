package review

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/trawl/trawl/storage"
)

// decideEntity applies a decision on an entity: accept, reject, reopen,
// relabel (label), rename (name), merge (into: the entity that stays),
// split (alias).
func (s *Server) decideEntity(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, who := r.Context(), s.reviewer(r)
	st := s.opts.Store
	switch r.PathValue("action") {
	case "accept":
		err = st.SetEntityStatus(ctx, id, storage.StatusAccepted, who)
	case "reject":
		err = st.SetEntityStatus(ctx, id, storage.StatusRejected, who)
	case "reopen":
		err = st.SetEntityStatus(ctx, id, storage.StatusPending, who)
	case "relabel":
		err = st.RelabelEntity(ctx, id, r.FormValue("label"), who)
	case "rename":
		err = st.RenameEntity(ctx, id, r.FormValue("name"), who)
	case "merge":
		into, perr := strconv.ParseInt(r.FormValue("into"), 10, 64)
		if perr != nil {
			http.Error(w, fmt.Sprintf("merge: entity to merge into %q is not an id", r.FormValue("into")), http.StatusBadRequest)
			return
		}
		err = st.MergeEntities(ctx, into, id, who)
	case "split":
		_, err = st.SplitAlias(ctx, id, r.FormValue("alias"), who)
	default:
		http.Error(w, "unknown decision", http.StatusNotFound)
		return
	}
	s.decided(w, r, err)
}

// decideMention rejects one mention or fixes its span (start, end: byte
// offsets into the article's text).
func (s *Server) decideMention(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	switch r.PathValue("action") {
	case "reject":
		err = s.opts.Store.RejectMention(r.Context(), id, s.reviewer(r))
	case "span":
		start, err1 := strconv.Atoi(r.FormValue("start"))
		end, err2 := strconv.Atoi(r.FormValue("end"))
		if err1 != nil || err2 != nil {
			http.Error(w, "span: start and end must be byte offsets", http.StatusBadRequest)
			return
		}
		err = s.opts.Store.FixMentionSpan(r.Context(), id, start, end, s.reviewer(r))
	default:
		http.Error(w, "unknown decision", http.StatusNotFound)
		return
	}
	s.decided(w, r, err)
}

// undo reverses the reviewer's last decision.
func (s *Server) undo(w http.ResponseWriter, r *http.Request) {
	_, err := s.opts.Store.Undo(r.Context(), s.reviewer(r))
	s.decided(w, r, err)
}

// decided answers a decision: 204 to the keyboard script (which updates
// the page itself), a redirect back for a plain form.
func (s *Server) decided(w http.ResponseWriter, r *http.Request, err error) {
	if err != nil {
		if errors.Is(err, storage.ErrNotFound) || errors.Is(err, storage.ErrConflict) || errors.Is(err, storage.ErrNothingToUndo) {
			s.fail(w, r, err)
			return
		}
		// The rest are refusals with a reason (a bad label, an empty name,
		// a span off the text) or a failing database; the message says which.
		s.log.Warn("decision refused", slog.String("path", r.URL.Path), slog.Any("err", err))
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	if r.Header.Get("X-Requested-With") == "review.js" {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	back := r.FormValue("back")
	if back == "" || back[0] != '/' || (len(back) > 1 && (back[1] == '/' || back[1] == '\\')) {
		back = "/"
	}
	http.Redirect(w, r, back, http.StatusSeeOther)
}
