export { NotesEditor } from "./notes-editor";
