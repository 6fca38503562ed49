import type { ObjectRequest } from '@spiff-sdk/types';
import { errorAnswer, type OperationHandler } from './operation-context.js';

const notFound = errorAnswer(404, 'Unable to find the object');

/** The Object API (alpha): custom objects and their fields. */
export const objectOperations: Record<string, OperationHandler> = {
  listObjects: ({ state, params }) => ({
    status: 200,
    body: { objects: state.objects(params.company_id!) },
  }),

  createObject: ({ state, params, body }) => ({
    status: 200,
    body: { object: state.saveObject(params.company_id!, (body as ObjectRequest).object) },
  }),

  getObject: ({ state, params }) => {
    const object = state.object(params.company_id!, params.id!);
    return object ? { status: 200, body: { object } } : notFound;
  },

  updateObject: ({ state, params, body }) => {
    const existing = state.object(params.company_id!, params.id!);
    if (!existing) return notFound;
    const { object } = body as ObjectRequest;
    return {
      status: 200,
      body: {
        object: state.saveObject(params.company_id!, { ...existing, ...object, id: existing.id }),
      },
    };
  },

  deleteObject: ({ state, params }) => {
    const object = state.object(params.company_id!, params.id!);
    if (!object) return notFound;
    if (state.objectHasRecords(params.company_id!, object.id)) {
      return errorAnswer(422, 'Object is not empty: delete its records first');
    }
    state.deleteObject(params.company_id!, object.id);
    return { status: 200, body: { object } };
  },
};
