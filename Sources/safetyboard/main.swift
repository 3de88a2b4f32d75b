print("safetyboard")
