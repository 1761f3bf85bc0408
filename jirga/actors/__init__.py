"""Actors: who is who, and when.

``registry`` (dated actor records, user files), ``resolve`` (mentions -> actors; the pipeline
stage), ``unknown`` (what could not be resolved). Import from the submodules.
"""
