/** Every edit of a map is a pure function from map to map, so that it is undoable, testable and shared by every view. */

export { addStatement, type NewStatement } from "./addStatement";
export { addAnchor, removeAnchor, replaceAnchor } from "./anchors";
export { copyFragment, type Fragment, pasteFragment } from "./clipboard";
export { connect, type NewInference } from "./connect";
export { type DeletionPlan, deleteElements, planDeletion } from "./deleteElements";
export { addPremise, removePremise, setInferenceKind, setInferenceNote } from "./linkPremise";
export { applyLayout, moveNodes } from "./moveNodes";
export { done, type Edit, type EditProblem, refused } from "./outcome";
export { setCentral } from "./setCentral";
export { type StatementPatch, updateStatement } from "./updateStatement";
